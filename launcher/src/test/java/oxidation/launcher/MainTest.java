package oxidation.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        CommandLine cli = Main.commandLine();
        for (var entry : cli.getSubcommands().entrySet()) {
            if (entry.getKey().equals("help")) {
                continue;
            }
            StringWriter help = new StringWriter();
            entry.getValue().usage(new PrintWriter(help));
            assertThat(help.toString()).as(entry.getKey()).contains("Usage: oxidation " + entry.getKey());
            boolean hasExample = help.toString().contains("Example")
                    || !entry.getValue().getSubcommands().isEmpty();
            assertThat(hasExample).as(entry.getKey() + " help shows an example").isTrue();
        }
    }

    @Test
    void anUnknownOptionIsOneClearLineAndExitTwo() {
        int code = run("timeline", "uv", "--bogus");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("oxidation: Unknown option: '--bogus'");
    }

    @Test
    void aBadValueIsOneClearLine() {
        int code = run("timeline", "uv", "--format", "xml", "--api", "http://127.0.0.1:1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("oxidation: --format must be table, csv or json, was 'xml'"
                + System.lineSeparator());
    }

    @Test
    void anUnreachableApiIsNamed() {
        int code = run("leaderboard", "--api", "http://127.0.0.1:1");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("not reachable").contains("127.0.0.1:1");
    }

    @Test
    void topicsListNamesEveryTopicWithItsPolicy() {
        assertThat(run("topics", "list")).isZero();
        assertThat(out.toString()).contains("articles.tagged").contains("compact").contains("trend.events");
    }
}
