package oxidation.ingest.changelog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a version heading says besides the version: its date, whether it was yanked or is unreleased. */
record HeadingFacts(String version, String label, LocalDate date, boolean yanked, boolean unreleased) {

    private static final Pattern HEAD = Pattern.compile(
            "^(?:(?i:version|release)\\s+)?\\[?([vV]?\\d[^\\s\\]\\[(),:]*)\\]?[,:]?(.*)$");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern US_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})-(\\d{1,2})-(\\d{4})(?!\\d)");
    private static final Pattern NAMED_DATE = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern RELEASED_LINE = Pattern.compile("(?i)^\\W*(?:released(?:\\s+on)?|release\\s+date)\\b[^0-9]*(.*)$");
    private static final Pattern YANKED_LINE = Pattern.compile(
            "(?i)^\\W*(?:note:\\s*)?(?:yanked\\b|this (?:release|version) (?:was|has been) yanked)");

    /** The facts of a heading whose first token is a version, or null when it is no version heading. */
    static HeadingFacts of(String heading) {
        Matcher m = HEAD.matcher(heading.strip());
        if (!m.matches()) {
            return null;
        }
        String version = ReleaseVersion.exact(m.group(1));
        if (version == null) {
            return null;
        }
        String rest = m.group(2);
        String lower = rest.toLowerCase(Locale.ROOT);
        boolean unreleased = lower.contains("unreleased") || lower.contains("`main`") || lower.contains("in development");
        return new HeadingFacts(version, m.group(1), date(rest), lower.contains("yank"), unreleased);
    }

    /** The date stated on a separate line under the heading ({@code Released on 2026-08-14.}), or null. */
    static LocalDate releasedLine(String line) {
        Matcher m = RELEASED_LINE.matcher(line.strip());
        return m.matches() ? date(m.group(1)) : null;
    }

    static boolean yankedLine(String line) {
        return YANKED_LINE.matcher(line.strip()).find();
    }

    static LocalDate date(String text) {
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher us = US_DATE.matcher(text);
            if (us.find()) {
                return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2)));
            }
            Matcher named = NAMED_DATE.matcher(text);
            if (named.find()) {
                return LocalDate.of(Integer.parseInt(named.group(3)), month(named.group(1)),
                        Integer.parseInt(named.group(2)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Month month(String prefix) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
                return month;
            }
        }
        throw new DateTimeException("no month " + prefix);
    }

    ChangelogRelease release(LocalDate lineDate, boolean lineYanked, String tag, String notes) {
        return new ChangelogRelease(version, date != null ? date : lineDate, ReleaseVersion.isPrerelease(version),
                yanked || lineYanked, tag, notes);
    }
}
