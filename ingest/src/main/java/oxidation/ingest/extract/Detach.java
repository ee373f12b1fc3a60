package oxidation.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Detaches many nodes at once. Removing a node one at a time makes jsoup number its parent's children
 * again on the next sibling lookup, so dropping most of a long run of siblings that way is quadratic;
 * here each parent's child list is rebuilt once.
 */
final class Detach {

    private Detach() {
    }

    /** Detaches the nodes, given in document order, none inside another. */
    static void all(List<Node> nodes) {
        Map<Element, List<Node>> byParent = new IdentityHashMap<>();
        for (Node node : nodes) {
            if (node.parentNode() instanceof Element parent) {
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(node);
            }
        }
        byParent.forEach((parent, dropped) -> {
            if (dropped.size() == 1) {
                dropped.get(0).remove();
            } else {
                keepOthers(parent, dropped);
            }
        });
    }

    /** Rebuilds the parent's children without the dropped ones, which are its children in order. */
    private static void keepOthers(Element parent, List<Node> dropped) {
        List<Node> kept = new ArrayList<>(parent.childNodeSize() - dropped.size());
        int next = 0;
        for (Node child : parent.childNodes()) {
            if (next < dropped.size() && child == dropped.get(next)) {
                next++;
            } else {
                kept.add(child);
            }
        }
        parent.empty();
        parent.appendChildren(kept);
    }
}
