package oxidation.launcher.query;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, numbers right-aligned. */
final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> header) {
        this.header = List.copyOf(header);
    }

    Table row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row needs " + header.size() + " cells");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    String render() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        for (int i = 0; i < widths.length; i++) {
            out.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.append('\n');
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            out.append(i == 0 ? "" : "  ").append(isNumber(cell) ? pad + cell : cell + pad);
        }
        out.append('\n');
    }

    private static boolean isNumber(String s) {
        return s.matches("[-+]?[0-9][0-9.,%]*");
    }
}
