package oxidation.launcher.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The feed files the compose checks serve ({@code .ci/compose/feeds/feed-N.xml}) and what the pipeline must
 * make of them: each item's {@code <category>} names the one tool it is about.
 */
public final class FeedItems {

    private FeedItems() {
    }

    /** An item: its link and the tool it is about. */
    public record Item(String url, String tool) {
    }

    /** The folder holding the feed files. */
    public static Path folder() {
        return Repository.root().resolve(".ci").resolve("compose").resolve("feeds");
    }

    /** The feed file with number {@code n}. */
    public static Path feed(int n) {
        return folder().resolve("feed-" + n + ".xml");
    }

    /** The items of a feed file. */
    public static List<Item> of(Path feed) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList items = factory.newDocumentBuilder().parse(feed.toFile()).getElementsByTagName("item");
            List<Item> result = new ArrayList<>();
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                result.add(new Item(text(item, "link"), text(item, "category")));
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the feed " + feed, e);
        }
    }

    /** Item URLs per tool, sorted. */
    public static Map<String, List<String>> urlsByTool(List<Item> items) {
        return items.stream().collect(Collectors.groupingBy(Item::tool, TreeMap::new,
                Collectors.mapping(Item::url, Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.stream().sorted().toList()))));
    }

    private static String text(Element item, String tag) {
        return item.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
