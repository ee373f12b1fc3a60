package oxidation.ingest.feed;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** Relative links made absolute: {@code xml:base} on the element and its ancestors, over the feed's URL. */
final class XmlBase {

    private XmlBase() {
    }

    /** The base URL in effect at this element: every {@code xml:base} from the root down, over the location. */
    static String of(Element element, URI location) {
        Deque<String> bases = new ArrayDeque<>();
        for (Element e = element; e != null; e = e.getParentElement()) {
            String base = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null && !base.isBlank()) {
                bases.push(base.strip());
            }
        }
        String current = location == null ? null : location.toString();
        for (String base : bases) {
            current = resolve(current, base);
        }
        return current;
    }

    /**
     * The link resolved against the base; an absolute link is returned as it is, and a link that cannot be
     * resolved (no base, unparsable) is returned unchanged when absolute, else null.
     */
    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String href = link.strip().replace(" ", "%20");
        if (isAbsolute(href)) {
            return href;
        }
        if (base == null) {
            return null;
        }
        try {
            return URI.create(base.replace(" ", "%20")).resolve(href).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isAbsolute(String href) {
        int colon = href.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = href.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
