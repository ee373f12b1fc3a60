package oxidation.store.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads and checks query parameters; a bad one becomes a 400 naming it. */
final class Params {

    private static final int MAX_TEXT = 200;
    private static final int MAX_VALUES = 50;

    private Params() {
    }

    /** An optional day, YYYY-MM-DD. */
    static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() < 1970 || day.getYear() > 9000) {
                throw badRequest(name, "'" + name + "' must be a day between 1970 and 9000");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw badRequest(name, "'" + name + "' must be a day as YYYY-MM-DD");
        }
    }

    /** An optional instant (ISO-8601) or day (its start, UTC). */
    static Instant instant(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? date(ctx, name).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw badRequest(name, "'" + name + "' must be an ISO-8601 instant such as 2024-05-01T00:00:00Z or a day");
        }
    }

    /** An optional integer in [min, max]. */
    static int integer(Context ctx, String name, int min, int max, int otherwise) {
        String value = text(ctx, name);
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw badRequest(name, "'" + name + "' must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw badRequest(name, "'" + name + "' must be an integer between " + min + " and " + max);
        }
    }

    /** One of a few words, case-insensitive, or the default. */
    static String choice(Context ctx, String name, String otherwise, String... allowed) {
        String value = text(ctx, name);
        if (value == null) {
            return otherwise;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!Arrays.asList(allowed).contains(lower)) {
            throw badRequest(name, "'" + name + "' must be one of " + String.join(", ", allowed));
        }
        return lower;
    }

    /** Every value of a repeatable parameter, also split at commas. */
    static List<String> list(Context ctx, String name) {
        List<String> values = ctx.queryParams(name).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
        if (values.size() > MAX_VALUES) {
            throw badRequest(name, "at most " + MAX_VALUES + " values of '" + name + "'");
        }
        values.forEach(v -> checkLength(name, v));
        return values;
    }

    /** An optional text value, at most a few hundred characters. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        checkLength(name, value);
        return value.trim();
    }

    private static void checkLength(String name, String value) {
        if (value.length() > MAX_TEXT) {
            throw badRequest(name, "'" + name + "' is longer than " + MAX_TEXT + " characters");
        }
    }

    static ApiException badRequest(String name, String message) {
        return ApiException.badRequest(name, message);
    }
}
