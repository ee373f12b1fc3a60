package oxidation.store.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generated HTTP requests for the API fuzz test, from a seeded {@link Random}: known and random paths, known
 * and random parameters, valid values next to SQL and script fragments, huge values, bad percent-encoding,
 * raw non-ASCII bytes, odd methods and headers. The request line is returned raw, as a hostile client
 * would send it, not as a URI class would allow.
 */
final class FuzzRequests {

    /** A marker in every script fragment: an HTML body must never carry it unescaped. */
    static final String MARKER = "alert(7331)";

    private static final List<String> PATHS = List.of("/api/tools", "/api/timeline", "/api/leaderboard",
            "/api/tools/{tool}/comentions", "/api/tools/{tool}/articles", "/api/articles/{id}", "/api/releases",
            "/api/events", "/api/sources", "/openapi.json", "/health", "/ready", "/metrics", "/", "/index.html",
            "/api", "/api/", "/api/tools/", "/api/tools/{tool}", "/api/articles/", "/api/timeline/{junk}",
            "/{junk}", "/api/{junk}", "/js/{junk}", "/webjars/{junk}");
    private static final List<String> PARAMS = List.of("tool", "category", "bucket", "from", "to", "normalize",
            "format", "window", "limit", "cursor", "since");
    private static final List<String> TOOLS = List.of("uv", "ruff", "polars", "pip", "black", "pandas");
    private static final List<String> VALID = List.of("uv", "ruff,polars", "linting", "packaging", "day", "week",
            "month", "2024-03-04", "2024-12-31", "1970-01-01", "9000-12-31", "share", "count", "csv", "json", "7d",
            "30d", "90d", "1", "50", "500", "1000", "2024-03-04T08:00:00Z");
    private static final List<String> HOSTILE = List.of("' OR '1'='1", "1; DROP TABLE article; --",
            "uv' UNION SELECT password FROM users --", "\" OR 1=1 --", "1) OR (1=1", "'; WAITFOR DELAY '0:0:5'--",
            "pg_sleep(10)", "$(reboot)", "`id`", "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd",
            "<script>" + MARKER + "</script>", "\"><img src=x onerror=" + MARKER + ">",
            "javascript:" + MARKER, "{{7*7}}", "${jndi:ldap://127.0.0.1:1/a}", "%s%s%s%n", "-1", "0",
            "-2147483649", "2147483648", "99999999999999999999999", "1e309", "NaN", "Infinity", "0x10", "+5",
            "2024-02-30", "2024-13-01", "+999999999-12-31", "-0001-01-01", "0000-00-00", "10000-01-01",
            "2024-03-04T25:61:61Z", "1970-01-01T00:00:00.000000001Z", "true", "null", "[]", "{}",
            "\u0000", "\uD83E\uDD80 ferris", "ünïcödé", "\u202Eevil", "ＵＶ", "a\r\nSet-Cookie: x=1",
            " ", "  uv  ", ",,,", "uv,,ruff,", "%", "%%", "%zz", "%u0041", "%c0%af", "%ff%fe", "%00");

    private static final String SPECIALS = "'\"<>%;\\/&?#=+";

    private final Random random;
    private final String articleId;

    FuzzRequests(long seed, String articleId) {
        this.random = new Random(seed);
        this.articleId = articleId;
    }

    /** One request: its method, raw request target, and extra header lines. */
    record Request(String method, String target, List<String> headers) {
    }

    Request next() {
        String path = path();
        StringBuilder target = new StringBuilder(path);
        int params = random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 5);
        for (int i = 0; i < params; i++) {
            target.append(i == 0 ? '?' : '&').append(encodeSometimes(name())).append('=')
                    .append(encodeSometimes(value()));
        }
        if (random.nextInt(50) == 0) {
            target.append(random.nextBoolean() ? "#frag" : "&&&==&");
        }
        return new Request(method(), target.toString(), headers());
    }

    private String path() {
        String path = pick(PATHS).replace("{tool}", random.nextInt(3) == 0 ? encodeSometimes(value()) : pick(TOOLS))
                .replace("{id}", random.nextBoolean() ? articleId : encodeSometimes(value()))
                .replace("{junk}", encodeSometimes(junk()));
        return switch (random.nextInt(25)) {
            case 0 -> path + "/" + "a".repeat(1 + random.nextInt(20_000));
            case 1 -> path.replace("/", "//");
            case 2 -> path + "/..%2f..%2f..%2fetc%2fpasswd";
            case 3 -> path + "%";
            case 4 -> path.toUpperCase(java.util.Locale.ROOT);
            case 5 -> path + ";jsessionid=1";
            case 6 -> "/api/../api/tools";
            case 7 -> "*";
            case 8 -> "http://127.0.0.1:1/api/tools";
            default -> path;
        };
    }

    private String name() {
        return random.nextInt(6) == 0 ? junk() : pick(PARAMS);
    }

    private String value() {
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> pick(VALID);
            case 4, 5, 6, 7 -> pick(HOSTILE);
            case 8 -> pick(VALID) + pick(HOSTILE);
            case 9 -> "x".repeat(random.nextInt(5) == 0 ? 100_000 : 150 + random.nextInt(200));
            case 10 -> String.join(",", java.util.Collections.nCopies(1 + random.nextInt(200), pick(TOOLS)));
            default -> junk();
        };
    }

    private String junk() {
        int length = 1 + random.nextInt(40);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(switch (random.nextInt(4)) {
                case 0 -> (char) (0x20 + random.nextInt(0x5f));
                case 1 -> (char) (0xa0 + random.nextInt(0x2000));
                case 2 -> SPECIALS.charAt(random.nextInt(SPECIALS.length()));
                default -> (char) ('a' + random.nextInt(26));
            });
        }
        return s.toString();
    }

    /**
     * Mostly percent-encoded as a browser would; sometimes raw (quotes, brackets, stray percent signs and
     * non-ASCII bytes as they are) or half-encoded. Only spaces and control characters are always encoded:
     * raw, they would end the request line and make it another message, not a hostile value.
     */
    private String encodeSometimes(String s) {
        return switch (random.nextInt(10)) {
            case 0 -> raw(s);
            case 1 -> raw(s.replace(" ", "+").replace("&", "%26"));
            case 2 -> URLEncoder.encode(s, StandardCharsets.ISO_8859_1);
            default -> URLEncoder.encode(s, StandardCharsets.UTF_8);
        };
    }

    private static String raw(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String method() {
        int n = random.nextInt(40);
        return n < 30 ? "GET" : List.of("HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "FOO",
                "CONNECT", "GET").get(n - 30);
    }

    private List<String> headers() {
        return switch (random.nextInt(12)) {
            case 0 -> List.of("Accept: text/csv");
            case 1 -> List.of("Accept: " + junk());
            case 2 -> List.of("Accept-Encoding: gzip, deflate, br");
            case 3 -> List.of("Content-Type: application/json", "Content-Length: 0");
            case 4 -> List.of("X-Forwarded-For: " + junk());
            case 5 -> List.of("Range: bytes=0-1,-1,5-");
            default -> List.of();
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
