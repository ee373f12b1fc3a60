package oxidation.ingest.feed;

import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Adjusts a feed's XML tree where Rome 2.1 would fail on valid input: an {@code <rss>} without a channel
 * (Rome throws a NullPointerException) and Atom 0.3 {@code mode="base64"} content (Rome fails decoding
 * it), which is decoded here and handed on as escaped content.
 */
final class RomeWorkarounds {

    private RomeWorkarounds() {
    }

    static void apply(Document document) {
        Element root = document.getRootElement();
        if (root.getName().equals("rss") && root.getChild("channel", root.getNamespace()) == null) {
            root.addContent(new Element("channel", root.getNamespace()));
        }
        if (root.getName().equals("feed")) {
            for (Element entry : root.getChildren()) {
                for (Element content : entry.getChildren()) {
                    decodeBase64Mode(content);
                }
            }
        }
    }

    private static void decodeBase64Mode(Element content) {
        if (!content.getName().equals("content") || !"base64".equals(content.getAttributeValue("mode"))) {
            return;
        }
        String decoded = Base64Content.decode(content.getText());
        content.setText(decoded == null ? "" : decoded);
        content.setAttribute("mode", "escaped");
        content.setAttribute("type", "text/html");
    }
}
