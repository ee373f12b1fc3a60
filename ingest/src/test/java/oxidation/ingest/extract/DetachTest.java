package oxidation.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

class DetachTest {

    @Test
    void dropsManySiblingsAndKeepsTheRestInOrder() {
        StringBuilder html = new StringBuilder("<!-- before --><div id=outer>");
        for (int i = 0; i < 50; i++) {
            html.append("<p>").append(i).append("</p><!-- c").append(i).append(" --><script>s").append(i)
                    .append("</script>");
        }
        html.append("<div id=inner><!-- only one --><span>kept</span></div></div>");
        Document page = Jsoup.parse(html.toString());
        List<Node> dropped = new ArrayList<>();
        page.traverse((node, depth) -> {
            if (node instanceof Comment || node instanceof Element e && e.nameIs("script")) {
                dropped.add(node);
            }
        });

        Detach.all(dropped);

        Element outer = page.getElementById("outer");
        assertThat(outer.children()).hasSize(51);
        for (int i = 0; i < 50; i++) {
            assertThat(outer.child(i).text()).isEqualTo(String.valueOf(i));
            assertThat(outer.child(i).siblingIndex()).isEqualTo(i);
        }
        assertThat(page.getElementById("inner").childNodes()).hasSize(1);
        assertThat(page.childNodes()).noneMatch(Comment.class::isInstance);
        assertThat(dropped).allMatch(node -> node.parentNode() == null);
        assertThat(page.select("script")).isEmpty();
    }
}
