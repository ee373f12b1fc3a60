package oxidation.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds write them: RFC 822 (with or without weekday and seconds, two- or four-digit years,
 * named US zones, {@code 8:56 am}), W3C-DTF / ISO 8601 (date only, no zone = UTC, fractions, a space
 * instead of {@code T}, {@code -0800} offsets), surrounded by any whitespace. Anything unparsable or
 * outside years 1..9999 gives null, never an exception.
 */
final class FeedDates {

    private static final String ZONE = "(Z|UTC?|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|[A-Za-z]{1,5})";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[Tt ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?"
                    + "\\s*" + ZONE + "?)?)?)?");
    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{2,9}\\.?,?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
                    + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp][Mm])?)?\\s*(?:" + ZONE + ")?");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?:[A-Za-z]{2,9},?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
                    + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?\\s*(?:" + ZONE + ")?");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
            Map.entry("AKST", -540), Map.entry("AKDT", -480), Map.entry("HST", -600), Map.entry("AST", -240),
            Map.entry("BST", 60), Map.entry("IST", 330), Map.entry("CET", 60), Map.entry("CEST", 120),
            Map.entry("MET", 60), Map.entry("MEST", 120), Map.entry("EET", 120), Map.entry("EEST", 180),
            Map.entry("WET", 0), Map.entry("WEST", 60), Map.entry("JST", 540), Map.entry("KST", 540),
            Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("NZST", 720), Map.entry("NZDT", 780));
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    /** The first and last instants a date may have: years 1 to 9999. */
    static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private FeedDates() {
    }

    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 80) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return iso(m);
            }
            m = RFC822.matcher(s);
            if (m.matches()) {
                return named(m.group(3), m.group(2), m.group(1), m, 4);
            }
            m = MONTH_FIRST.matcher(s);
            if (m.matches()) {
                return named(m.group(3), m.group(1), m.group(2), m, 4);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Instant iso(Matcher m) {
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), number(m.group(2), 1),
                number(m.group(3), 1), number(m.group(4), 0), number(m.group(5), 0), number(m.group(6), 0),
                nanos(m.group(7)));
        return at(local, m.group(8));
    }

    private static Instant named(String year, String month, String day, Matcher m, int timeGroup) {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += y < 50 ? 2000 : 1900;
        } else if (year.length() == 3) {
            return null;
        }
        int hour = number(m.group(timeGroup), 0);
        String meridiem = m.group(timeGroup + 3);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (meridiem.equalsIgnoreCase("pm") ? 12 : 0);
        }
        LocalDateTime local = LocalDateTime.of(y, month(month), Integer.parseInt(day), hour,
                number(m.group(timeGroup + 1), 0), number(m.group(timeGroup + 2), 0));
        return at(local, m.group(timeGroup + 4));
    }

    private static Instant at(LocalDateTime local, String zone) {
        Integer minutes = offsetMinutes(zone);
        if (minutes == null) {
            return null;
        }
        return local.toInstant(ZoneOffset.ofTotalSeconds(minutes * 60));
    }

    /** The zone's offset in minutes; no zone or an unknown name is UTC; a malformed offset is null. */
    private static Integer offsetMinutes(String zone) {
        if (zone == null) {
            return 0;
        }
        char first = zone.charAt(0);
        if (first == '+' || first == '-') {
            String digits = zone.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.substring(0, 2));
            int mins = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            if (hours > 18 || mins > 59) {
                return null;
            }
            return (first == '-' ? -1 : 1) * (hours * 60 + mins);
        }
        return ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), 0);
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i + 1;
            }
        }
        throw new DateTimeException("unknown month " + name);
    }

    private static int number(String digits, int absent) {
        return digits == null ? absent : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }
}
