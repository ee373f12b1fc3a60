package oxidation.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import oxidation.events.Source;
import oxidation.events.SourceKind;

/**
 * OPML import and export, the format feed readers exchange subscriptions in. Every outline with an
 * {@code xmlUrl} is a source; its {@code kind} and {@code tool} attributes, written on export, are read
 * back, and default to a plain feed. The XML is read with DOCTYPEs refused.
 */
public final class Opml {

    private Opml() {
    }

    /**
     * The sources of an OPML document, ids made from the outline titles (unique, lowercase, dashed).
     *
     * @throws IllegalArgumentException when the document is not OPML
     */
    public static List<Source> read(InputStream opml) throws IOException {
        Document doc = parse(opml);
        if (!doc.getDocumentElement().getTagName().equalsIgnoreCase("opml")) {
            throw new IllegalArgumentException("not OPML: the root element is <" + doc.getDocumentElement().getTagName()
                    + ">");
        }
        NodeList outlines = doc.getElementsByTagName("outline");
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            String url = outline.getAttribute("xmlUrl").strip();
            if (url.isEmpty()) {
                continue;
            }
            String kind = outline.getAttribute("kind");
            String tool = outline.getAttribute("tool");
            sources.add(new Source(Source.SCHEMA, uniqueId(outline, url, ids), url,
                    kind.isBlank() ? SourceKind.FEED : SourceKind.fromWireName(kind), null,
                    tool.isBlank() ? null : tool, !"false".equalsIgnoreCase(outline.getAttribute("enabled"))));
        }
        return List.copyOf(sources);
    }

    /** An OPML 2.0 document of the sources. */
    public static String write(List<Source> sources, String title) {
        try {
            Document doc = builder().newDocument();
            Element root = doc.createElement("opml");
            root.setAttribute("version", "2.0");
            doc.appendChild(root);
            Element head = doc.createElement("head");
            Element titleElement = doc.createElement("title");
            titleElement.setTextContent(title);
            head.appendChild(titleElement);
            root.appendChild(head);
            Element body = doc.createElement("body");
            root.appendChild(body);
            for (Source source : sources) {
                body.appendChild(outline(doc, source));
            }
            return serialize(doc);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support writes OPML", e);
        }
    }

    private static Element outline(Document doc, Source source) {
        Element outline = doc.createElement("outline");
        outline.setAttribute("type", "rss");
        outline.setAttribute("text", source.id());
        outline.setAttribute("title", source.id());
        outline.setAttribute("xmlUrl", source.url());
        outline.setAttribute("kind", source.kind().wireName());
        if (source.tool() != null) {
            outline.setAttribute("tool", source.tool());
        }
        if (!source.enabled()) {
            outline.setAttribute("enabled", "false");
        }
        return outline;
    }

    private static String uniqueId(Element outline, String url, Set<String> taken) {
        String name = outline.getAttribute("title").isBlank() ? outline.getAttribute("text")
                : outline.getAttribute("title");
        String base = slug(name);
        if (base.isEmpty()) {
            URI uri = URI.create(url.replace(" ", "%20"));
            base = slug((uri.getHost() == null ? "" : uri.getHost()) + " " + (uri.getPath() == null ? "" : uri.getPath()));
        }
        base = base.isEmpty() ? "source" : base;
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.length() > 64 ? s.substring(0, 64).replaceAll("-+$", "") : s;
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            return builder().parse(in);
        } catch (SAXException e) {
            throw new IllegalArgumentException("not OPML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser supports secure processing", e);
        }
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }

    private static String serialize(Document doc) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }
}
