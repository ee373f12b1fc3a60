package oxidation.ingest.extract;

import java.util.Arrays;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a subtree in document order, measured in one pass instead of one {@link Element#text()}
 * and one {@code select} per element: each one's text length (counted as {@code text()} renders it,
 * whitespace runs collapsed, blocks separated by a space, ends trimmed), its commas, its link text length
 * (in-page links weighted 0.3, as Readability does) and, when asked, the paragraphs, images, list items,
 * inputs, embeds and code blocks in it. Elements are numbered in document order; an element's descendants
 * follow it up to {@link #end(int)}. Removing an element subtracts its numbers from its ancestors.
 */
final class Blocks implements NodeVisitor {

    enum Kind { PARAGRAPH, IMAGE, ITEM, INPUT, EMBED, CODE }

    private static final int KINDS = Kind.values().length;
    private static final Set<String> BLOCK_CHILDREN = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer");
    private static final Set<String> VERBATIM = Set.of("pre", "textarea", "plaintext", "listing", "xmp", "title");

    private final boolean counting;
    private Element[] elements = new Element[64];
    private int[] parent = new int[64];
    private int[] end = new int[64];
    private int[] length = new int[64];
    private int[] commas = new int[64];
    private int[] links = new int[64];
    private int[] firstText = new int[64];
    private boolean[] blockChildren = new boolean[64];
    private boolean[] removed = new boolean[64];
    private int[] figure = new int[64];
    private int[] counts;
    private int size;

    private int current = -1;
    private int untexted;
    private int position;
    private int textEnd;
    private int commaCount;
    private int verbatim;
    private boolean space;
    private char[] chars = new char[256];

    private Blocks(boolean counting) {
        this.counting = counting;
        this.counts = counting ? new int[64 * KINDS] : null;
    }

    /** Measures {@code root} and its descendants; {@code counting} adds the per-kind element counts. */
    static Blocks of(Element root, boolean counting) {
        Blocks blocks = new Blocks(counting);
        NodeTraversor.traverse(blocks, root);
        return blocks;
    }

    int size() {
        return size;
    }

    Element element(int i) {
        return elements[i];
    }

    /** The parent's number, or -1 for the root. */
    int parent(int i) {
        return parent[i];
    }

    /** The number after the last descendant of {@code i}. */
    int end(int i) {
        return end[i];
    }

    int length(int i) {
        return length[i];
    }

    int commas(int i) {
        return commas[i];
    }

    int count(int i, Kind kind) {
        return counts[i * KINDS + kind.ordinal()];
    }

    /** Whether a child is a block-level element or a link or image (Readability's test for a div holding text). */
    boolean hasBlockChildren(int i) {
        return blockChildren[i];
    }

    /** Link text over all text, 0 for an element without text. */
    double linkDensity(int i) {
        return length[i] == 0 ? 0 : (double) links[i] / length[i];
    }

    /** The number of the nearest {@code figure} that is the element or holds it, or -1. */
    int figure(int i) {
        return figure[i];
    }

    /** Whether the element or an ancestor was removed through {@link #remove(int)}. */
    boolean isRemoved(int i) {
        return removed[i];
    }

    /** Detaches the element and takes its text, links and counts off its ancestors. */
    void remove(int i) {
        elements[i].remove();
        Arrays.fill(removed, i, end[i], true);
        for (int a = parent[i]; a >= 0; a = parent[a]) {
            length[a] = Math.max(0, length[a] - length[i]);
            commas[a] -= commas[i];
            links[a] -= links[i];
            if (counting) {
                for (int k = 0; k < KINDS; k++) {
                    counts[a * KINDS + k] -= counts[i * KINDS + k];
                }
            }
        }
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String whole = text.getWholeText();
            int n = whole.length();
            if (n > chars.length) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            whole.getChars(0, n, chars, 0);
            if (verbatim > 0) {
                verbatimText(chars, n);
            } else {
                normalisedText(chars, n);
            }
        } else if (node instanceof Element element) {
            open(element);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            close(element);
        }
    }

    private void open(Element element) {
        int i = size++;
        if (i == elements.length) {
            grow();
        }
        String tag = element.normalName();
        elements[i] = element;
        parent[i] = current;
        firstText[i] = -1;
        commas[i] = commaCount;
        if (current >= 0 && BLOCK_CHILDREN.contains(tag)) {
            blockChildren[current] = true;
        }
        if ((element.isBlock() || tag.equals("br")) && position > 0 && !space) {
            separate();
        }
        if (VERBATIM.contains(tag)) {
            verbatim++;
        }
        figure[i] = tag.equals("figure") ? i : current >= 0 ? figure[current] : -1;
        current = i;
    }

    private void close(Element element) {
        int i = current;
        String tag = element.normalName();
        length[i] = firstText[i] < 0 ? 0 : textEnd - firstText[i];
        commas[i] = commaCount - commas[i];
        end[i] = size;
        if (tag.equals("a")) {
            String href = element.attr("href");
            links[i] += (int) (length[i] * (href.length() > 1 && href.charAt(0) == '#' ? 0.3 : 1));
        }
        if (VERBATIM.contains(tag)) {
            verbatim--;
        }
        if (element.isBlock() && !space && separatedFromNext(element)) {
            separate();
        }
        current = parent[i];
        if (current >= 0) {
            links[current] += links[i];
            if (counting) {
                count(i, tag);
            }
        }
    }

    private static boolean separatedFromNext(Element element) {
        Node next = element.nextSibling();
        return next instanceof TextNode || next instanceof Element sibling && sibling.tag().isInline();
    }

    private void count(int i, String tag) {
        int kind = switch (tag) {
            case "p" -> Kind.PARAGRAPH.ordinal();
            case "img" -> Kind.IMAGE.ordinal();
            case "li" -> Kind.ITEM.ordinal();
            case "input" -> Kind.INPUT.ordinal();
            case "object", "embed", "iframe", "video" -> Kind.EMBED.ordinal();
            case "pre", "code" -> Kind.CODE.ordinal();
            default -> -1;
        };
        if (kind >= 0) {
            counts[i * KINDS + kind]++;
        }
        int from = i * KINDS;
        int to = current * KINDS;
        for (int k = 0; k < KINDS; k++) {
            counts[to + k] += counts[from + k];
        }
    }

    private void normalisedText(char[] text, int n) {
        int at = position;
        int first = -1;
        int last = -1;
        int found = 0;
        boolean blank = space;
        for (int k = 0; k < n; k++) {
            char c = text[k];
            if (c > ' ' && c < 0x80) {
                found += c == ',' ? 1 : 0;
            } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0') {
                if (!blank) {
                    at++;
                    blank = true;
                }
                continue;
            } else if (c == '\u200B' || c == '\u00AD') {
                continue;
            } else if (c == '，' || c == '、' || c == '،') {
                found++;
            }
            first = first < 0 ? at : first;
            last = ++at;
            blank = false;
        }
        appended(at, first, last, found, blank);
    }

    private void verbatimText(char[] text, int n) {
        int at = position;
        int first = -1;
        int last = -1;
        int found = 0;
        boolean blank = space;
        for (int k = 0; k < n; k++) {
            char c = text[k];
            at++;
            if (c <= ' ') {
                blank = c == ' ';
                continue;
            }
            found += c == ',' || c == '，' || c == '、' || c == '،' ? 1 : 0;
            first = first < 0 ? at - 1 : first;
            last = at;
            blank = false;
        }
        appended(at, first, last, found, blank);
    }

    /** Records a text node's effect: its first and last visible positions (-1 for none) and its commas. */
    private void appended(int at, int first, int last, int found, boolean blank) {
        if (first >= 0) {
            if (untexted < size) {
                Arrays.fill(firstText, untexted, size, first);
                untexted = size;
            }
            textEnd = last;
        }
        position = at;
        commaCount += found;
        space = blank;
    }

    private void separate() {
        position++;
        space = true;
    }

    private void grow() {
        int capacity = elements.length * 2;
        elements = Arrays.copyOf(elements, capacity);
        parent = Arrays.copyOf(parent, capacity);
        end = Arrays.copyOf(end, capacity);
        length = Arrays.copyOf(length, capacity);
        commas = Arrays.copyOf(commas, capacity);
        links = Arrays.copyOf(links, capacity);
        firstText = Arrays.copyOf(firstText, capacity);
        blockChildren = Arrays.copyOf(blockChildren, capacity);
        removed = Arrays.copyOf(removed, capacity);
        figure = Arrays.copyOf(figure, capacity);
        if (counting) {
            counts = Arrays.copyOf(counts, capacity * KINDS);
        }
    }
}
