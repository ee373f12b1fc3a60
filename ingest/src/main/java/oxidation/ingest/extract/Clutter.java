package oxidation.ingest.extract;

import org.jsoup.nodes.Element;

/**
 * Readability's conditional cleaning: a block inside the article is clutter when it is mostly links,
 * images, form fields or embeds, or has a clutter-like class, unless it reads like prose (ten commas).
 */
final class Clutter {

    private Clutter() {
    }

    static boolean isClutter(Element block, MainText.Pass pass) {
        String text = block.text();
        if (commas(text) >= 10) {
            return false;
        }
        int weight = pass.weighClasses ? Hints.weight(block) : 0;
        if (weight < 0) {
            return true;
        }
        boolean list = block.normalName().equals("ul") || block.normalName().equals("ol");
        boolean inFigure = block.closest("figure") != null;
        int paragraphs = block.select("p").size();
        int images = block.select("img").size();
        int items = block.select("li").size() - 100;
        int inputs = block.select("input").size();
        int embeds = block.select("object, embed, iframe, video").size();
        int length = text.length();
        double links = linkDensity(block, length);
        if (block.normalName().equals("table") && isDataTable(block)) {
            return false;
        }
        return (images > 1 && (double) paragraphs / images < 0.5 && !inFigure)
                || (!list && items > paragraphs)
                || inputs > paragraphs / 3
                || (!list && length < 25 && (images == 0 || images > 2) && !inFigure && block.select("pre, code").isEmpty())
                || (!list && weight < 25 && links > 0.2)
                || (weight >= 25 && links > 0.5)
                || ((embeds == 1 && length < 75) || embeds > 1);
    }

    static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                commas++;
            }
        }
        return commas;
    }

    static double linkDensity(Element element, int length) {
        if (length == 0) {
            return 0;
        }
        int linkLength = 0;
        for (Element link : element.select("a")) {
            String href = link.attr("href");
            double coefficient = href.startsWith("#") && href.length() > 1 ? 0.3 : 1;
            linkLength += (int) (link.text().length() * coefficient);
        }
        return (double) linkLength / length;
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.select("caption, thead, tfoot, th, col, colgroup").isEmpty() || !table.attr("summary").isEmpty()) {
            return true;
        }
        if (!table.select("table table").isEmpty()) {
            return false;
        }
        int rows = table.select("tr").size();
        int columns = table.select("tr").stream().mapToInt(r -> r.select("td").size()).max().orElse(0);
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }
}
