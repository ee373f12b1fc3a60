package oxidation.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCleanupTest {

    @Test
    void leavesWellFormedXmlUnchanged() {
        String xml = "<rss><channel><title>a &amp; b &lt; c &#8230; &#x2026;</title></channel></rss>";

        assertThat(XmlCleanup.clean(xml)).isEqualTo(xml);
    }

    @Test
    void dropsTheDeclarationDoctypeAndJunkBeforeTheRoot() {
        String xml = "  \n<!-- c --><?xml version=\"1.0\" encoding=\"koi8-r\"?>\n"
                + "<!DOCTYPE rss [<!ENTITY x \"]>\"> <!ENTITY y 'z'>]><rss/>";

        assertThat(XmlCleanup.clean(xml)).isEqualTo("<!-- c -->\n<rss/>");
    }

    @Test
    void replacesHtmlEntitiesAndEscapesBareOrUnknownAmpersands() {
        assertThat(XmlCleanup.clean("<t>&hellip; &nbsp;&LT; a=1&b=2 &lol9; &#0; &</t>"))
                .isEqualTo("<t>… \u00A0&lt; a=1&amp;b=2 &amp;lol9; &amp;#0; &amp;</t>");
    }

    @Test
    void leavesCdataCommentsAndInstructionsAlone() {
        String xml = "<t><![CDATA[a & b &hellip;]]><!-- & --><?pi & ?></t>";

        assertThat(XmlCleanup.clean(xml)).isEqualTo(xml);
    }

    @Test
    void turnsWindows1252CharacterReferencesIntoTheirCharacters() {
        assertThat(XmlCleanup.clean("<t>don&#146;t</t>")).isEqualTo("<t>don’t</t>");
    }

    @Test
    void dropsControlCharactersXmlForbids() {
        assertThat(XmlCleanup.clean("<t>a\u0001b\u000Bc</t>")).isEqualTo("<t>abc</t>");
    }
}
