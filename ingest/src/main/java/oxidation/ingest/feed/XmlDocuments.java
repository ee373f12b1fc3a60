package oxidation.ingest.feed;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;

/**
 * Secure XML parsing into the JDOM tree Rome reads: DOCTYPE declarations are refused, external entities
 * and DTDs are never loaded. Text that strict XML still rejects after {@link XmlCleanup} is re-read by
 * jsoup's forgiving XML parser (unclosed elements, unterminated CDATA, undeclared namespace prefixes)
 * and parsed once more.
 */
final class XmlDocuments {

    private static final Map<String, String> KNOWN_PREFIXES = Map.ofEntries(
            Map.entry("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
            Map.entry("dc", "http://purl.org/dc/elements/1.1/"),
            Map.entry("content", "http://purl.org/rss/1.0/modules/content/"),
            Map.entry("atom", "http://www.w3.org/2005/Atom"),
            Map.entry("media", "http://search.yahoo.com/mrss/"),
            Map.entry("slash", "http://purl.org/rss/1.0/modules/slash/"),
            Map.entry("sy", "http://purl.org/rss/1.0/modules/syndication/"),
            Map.entry("wfw", "http://wellformedweb.org/CommentAPI/"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("georss", "http://www.georss.org/georss"),
            Map.entry("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"));

    private static final ThreadLocal<SAXBuilder> BUILDER = ThreadLocal.withInitial(XmlDocuments::secureBuilder);

    private XmlDocuments() {
    }

    /** Parses cleaned feed text, recovering once with jsoup when strict XML fails. */
    static Document parse(String cleaned) throws FeedException {
        if (cleaned.indexOf('<') < 0 || !hasElement(cleaned)) {
            throw new FeedException("empty document: no XML element in the body");
        }
        try {
            return strict(cleaned);
        } catch (JDOMException first) {
            try {
                return strict(recover(cleaned));
            } catch (JDOMException | RuntimeException second) {
                throw new FeedException("malformed XML beyond recovery: " + first.getMessage(), first);
            }
        }
    }

    private static boolean hasElement(String text) {
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            char next = text.charAt(i + 1);
            if (Character.isLetter(next) || next == '_') {
                return true;
            }
        }
        return false;
    }

    static Document strict(String text) throws JDOMException {
        try {
            return BUILDER.get().build(new InputSource(new StringReader(text)));
        } catch (IOException e) {
            throw new JDOMException("unreadable XML: " + e.getMessage(), e);
        }
    }

    /** Well-formed XML rebuilt from whatever tree jsoup's forgiving XML parser makes of the text. */
    static String recover(String text) {
        org.jsoup.nodes.Document soup = Jsoup.parse(text, "", Parser.xmlParser());
        Element root = soup.children().isEmpty() ? null : soup.child(0);
        if (root != null) {
            declareMissingPrefixes(root);
        }
        soup.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).prettyPrint(false).charset("UTF-8");
        return root == null ? "" : root.outerHtml();
    }

    private static void declareMissingPrefixes(Element root) {
        Set<String> used = new LinkedHashSet<>();
        Set<String> declared = new LinkedHashSet<>();
        for (Element element : root.getAllElements()) {
            addPrefix(used, element.tagName());
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                if (key.startsWith("xmlns:")) {
                    declared.add(key.substring(6));
                } else {
                    addPrefix(used, key);
                }
            }
        }
        for (String prefix : used) {
            if (!declared.contains(prefix) && !prefix.equals("xml") && !prefix.equals("xmlns")) {
                root.attr("xmlns:" + prefix, KNOWN_PREFIXES.getOrDefault(prefix, "urn:x-undeclared:" + prefix));
            }
        }
    }

    private static void addPrefix(Set<String> prefixes, String name) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            prefixes.add(name.substring(0, colon));
        }
    }

    private static SAXBuilder secureBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return builder;
    }
}
