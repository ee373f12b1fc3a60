package oxidation.store.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesFieldsWithSeparatorsAndQuotes() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("plain")).isEqualTo("plain");
    }

    @Test
    void defusesFieldsASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(Csv.field("@sum")).isEqualTo("'@sum");
    }
}
