package oxidation.ingest.changelog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as release notes write them: found in a title, heading or tag ({@code v0.5.0},
 * {@code py-1.2.0}, {@code 2.14.0b1}, {@code 0.21.0-beta.0}), with the leading {@code v} dropped so the
 * same release has the same version whatever source announced it.
 */
public final class ReleaseVersion {

    private static final String VERSION = "\\d+(?:\\.\\d+)+(?:[-.]?(?:alpha|beta|preview|pre|rc|dev|post|a|b|c)[.-]?\\d*)*"
            + "(?:\\+[0-9A-Za-z.]+)?";
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\w.])[vV]?(" + VERSION + ")(?!\\.?\\w)");
    private static final Pattern WHOLE = Pattern.compile("[vV]?(" + VERSION + ")");
    private static final Pattern PRERELEASE = Pattern.compile(
            "(?i)\\d[-.]?(?:alpha|beta|preview|pre|rc|dev|a|b|c)(?:[.-]?\\d+|$|[-.+])");
    private static final Pattern TAG_URL = Pattern.compile("/releases/tag/([^/?#]+)");

    private ReleaseVersion() {
    }

    /** The first version in the text, without a leading {@code v}, or null. */
    public static String find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = IN_TEXT.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The version when the whole token is one (a heading's first word), else null. */
    public static String exact(String token) {
        if (token == null) {
            return null;
        }
        Matcher m = WHOLE.matcher(token.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** The version of a GitHub release page URL ({@code .../releases/tag/v0.5.0}), or null. */
    public static String fromTagUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = TAG_URL.matcher(url);
        return m.find() ? find(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8)) : null;
    }

    /** Whether the version has a pre-release part: a, b, rc, alpha, beta, dev, pre, preview. */
    public static boolean isPrerelease(String version) {
        return version != null && PRERELEASE.matcher(version).find();
    }
}
