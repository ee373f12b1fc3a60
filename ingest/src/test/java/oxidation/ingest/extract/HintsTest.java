package oxidation.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The word lists give what Readability's regular expressions give, on every class and id of the fixture pages. */
class HintsTest {

    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|"
            + "community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|"
            + "sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|mathjax|shadow");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page|"
            + "pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|"
            + "comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|"
            + "sidebar|skyscraper|sponsor|shopping|tags|widget");

    @Test
    void agreesWithReadabilitysPatterns() throws IOException {
        List<String> names = new ArrayList<>(List.of("", "hid", "x hid", "hid x", "a hid b", "hidx", "SIDEBAR",
                "Main-Content", "ad-break", "post-ad-unit", "Ünicode menu", "K-Page"));
        for (ExtractionQualityTest.Case page : ExtractionQualityTest.cases()) {
            for (Element element : Jsoup.parse(page.source()).getAllElements()) {
                names.add(element.className());
                names.add(element.id());
                names.add(Hints.names(element));
            }
        }
        assertThat(names).hasSizeGreaterThan(1_000);
        for (String name : names) {
            assertThat(Hints.isUnlikely(name)).as(name)
                    .isEqualTo(UNLIKELY.matcher(name).find() && !MAYBE.matcher(name).find());
            int weight = name.isEmpty() ? 0
                    : (NEGATIVE.matcher(name).find() ? -25 : 0) + (POSITIVE.matcher(name).find() ? 25 : 0);
            assertThat(Hints.weight(name)).as(name).isEqualTo(weight);
        }
    }
}
