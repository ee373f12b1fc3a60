package oxidation.store.http;

import java.util.Locale;
import java.util.stream.Collectors;
import oxidation.store.query.TimelineQuery;

/** The timeline as CSV: one row per series and bucket. */
final class Csv {

    static final String HEADER = "series,kind,start,count,sources,total,share,value,releases,coverage_gap";

    private Csv() {
    }

    static String timeline(TimelineQuery.Timeline timeline) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (TimelineQuery.Series series : timeline.series()) {
            for (TimelineQuery.Point p : series.points()) {
                String releases = p.releases().stream().map(r -> r.tool() + " " + r.version())
                        .collect(Collectors.joining(";"));
                out.append(field(series.key())).append(',').append(series.kind()).append(',').append(p.start())
                        .append(',').append(p.count()).append(',').append(p.sources()).append(',').append(p.total())
                        .append(',').append(number(p.share())).append(',').append(number(p.value())).append(',')
                        .append(field(releases)).append(',').append(p.coverageGap()).append("\r\n");
            }
        }
        return out.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.6f", value);
    }

    /** A field quoted when it needs to be, and defused when a spreadsheet would read it as a formula. */
    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
