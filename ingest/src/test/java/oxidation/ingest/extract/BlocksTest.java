package oxidation.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlocksTest {

    private static final String HTML = "<div id=a>  Intro,  text <a href=\"/x\">a link</a>"
            + "<p>First, second,\n third.</p><p>Then <a href=\"#top\">back up</a> &nbsp; here.</p>"
            + "<ul><li>one</li><li><img src=i.png> two</li></ul><pre>  keep   this  </pre>"
            + "<div><span>x</span>y<br>z</div></div>";

    @Test
    void measuresEveryElementAsTextRendersIt() {
        Element root = Jsoup.parse(HTML).body();
        Blocks blocks = Blocks.of(root, true);

        assertThat(blocks.size()).isEqualTo(root.getAllElements().size());
        for (int i = 0; i < blocks.size(); i++) {
            Element element = blocks.element(i);
            assertThat(element).isSameAs(root.getAllElements().get(i));
            assertThat(blocks.length(i)).as(element.cssSelector()).isEqualTo(element.text().length());
            assertThat(blocks.commas(i)).isEqualTo(commas(element.text()));
        }
        int div = 1;
        assertThat(blocks.element(div).id()).isEqualTo("a");
        assertThat(blocks.end(div)).isEqualTo(blocks.size());
        assertThat(blocks.count(div, Blocks.Kind.PARAGRAPH)).isEqualTo(2);
        assertThat(blocks.count(div, Blocks.Kind.ITEM)).isEqualTo(2);
        assertThat(blocks.count(div, Blocks.Kind.IMAGE)).isEqualTo(1);
        assertThat(blocks.count(div, Blocks.Kind.CODE)).isEqualTo(1);
        double links = "a link".length() + (int) ("back up".length() * 0.3);
        assertThat(blocks.linkDensity(div)).isEqualTo(links / root.getElementById("a").text().length());
    }

    @Test
    void removingAnElementTakesItsNumbersOffItsAncestors() {
        Element root = Jsoup.parse(HTML).body();
        Blocks blocks = Blocks.of(root, true);
        int list = 0;
        while (!blocks.element(list).normalName().equals("ul")) {
            list++;
        }
        int before = blocks.length(1);

        blocks.remove(list);

        assertThat(root.select("ul")).isEmpty();
        assertThat(blocks.isRemoved(list)).isTrue();
        assertThat(blocks.isRemoved(list + 1)).as("a list item").isTrue();
        assertThat(blocks.isRemoved(blocks.end(list))).as("the block after the list").isFalse();
        assertThat(blocks.length(1)).isEqualTo(before - "one two".length());
        assertThat(blocks.count(1, Blocks.Kind.ITEM)).isZero();
        assertThat(blocks.count(0, Blocks.Kind.IMAGE)).isZero();
        assertThat(blocks.count(1, Blocks.Kind.PARAGRAPH)).isEqualTo(2);
    }

    private static int commas(String text) {
        return (int) text.chars().filter(c -> c == ',').count();
    }
}
