package oxidation.ingest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Readability's conditional cleaning: a block inside the article is clutter when it is mostly links,
 * images, form fields or embeds, or has a clutter-like class, unless it reads like prose (ten commas).
 */
final class Clutter {

    private static final Evaluator DATA_PARTS = QueryParser.parse("caption, thead, tfoot, th, col, colgroup");
    private static final Evaluator NESTED_TABLE = QueryParser.parse("table table");
    private static final Evaluator ROW = QueryParser.parse("tr");
    private static final Evaluator CELL = QueryParser.parse("td");

    private Clutter() {
    }

    /** Whether block {@code i} is clutter; {@code within} numbers the article part that holds it. */
    static boolean isClutter(Blocks blocks, int i, int within, MainText.Pass pass) {
        if (blocks.commas(i) >= 10) {
            return false;
        }
        Element block = blocks.element(i);
        int weight = pass.weighClasses ? Hints.weight(block) : 0;
        if (weight < 0) {
            return true;
        }
        boolean list = block.normalName().equals("ul") || block.normalName().equals("ol");
        boolean inFigure = blocks.figure(i) >= within;
        int paragraphs = blocks.count(i, Blocks.Kind.PARAGRAPH);
        int images = blocks.count(i, Blocks.Kind.IMAGE);
        int items = blocks.count(i, Blocks.Kind.ITEM) - 100;
        int inputs = blocks.count(i, Blocks.Kind.INPUT);
        int embeds = blocks.count(i, Blocks.Kind.EMBED);
        int length = blocks.length(i);
        double links = blocks.linkDensity(i);
        if (block.normalName().equals("table") && isDataTable(block)) {
            return false;
        }
        return (images > 1 && (double) paragraphs / images < 0.5 && !inFigure)
                || (!list && items > paragraphs)
                || inputs > paragraphs / 3
                || (!list && length < 25 && (images == 0 || images > 2) && !inFigure
                        && blocks.count(i, Blocks.Kind.CODE) == 0)
                || (!list && weight < 25 && links > 0.2)
                || (weight >= 25 && links > 0.5)
                || ((embeds == 1 && length < 75) || embeds > 1);
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (table.selectFirst(DATA_PARTS) != null || !table.attr("summary").isEmpty()) {
            return true;
        }
        if (table.selectFirst(NESTED_TABLE) != null) {
            return false;
        }
        Elements rows = table.select(ROW);
        int columns = 0;
        for (Element row : rows) {
            columns = Math.max(columns, row.select(CELL).size());
        }
        return rows.size() >= 10 || columns > 4 || rows.size() * columns > 10;
    }
}
