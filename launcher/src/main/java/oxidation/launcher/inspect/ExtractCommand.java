package oxidation.launcher.inspect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import oxidation.events.JsonCodec;
import oxidation.ingest.extract.ExtractCommandSupport;
import oxidation.ingest.fetch.FetchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code oxidation extract}: print the main text of pages, as ingest extracts it. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the main text of a page (navigation, comments and ads dropped). With several inputs or "
                + "--json, one JSON line per input: file, title, author, published, language, text.",
        footer = {"", "Examples:", "  oxidation extract page.html", "  oxidation extract --json https://pola.rs/posts/",
            "  oxidation extract saved.html --base-url https://astral.sh/blog/uv"})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "HTML files or URLs.")
    List<String> inputs;

    @Option(names = "--base-url", paramLabel = "URL", description = "Resolve a file's relative links against this URL.")
    URI baseUrl;

    @Option(names = "--json", description = "One JSON line per input, even for one input.")
    boolean json;

    @Option(names = "--allow-host", paramLabel = "HOST", description = "Allow fetching from this private or loopback host.")
    Set<String> allowHosts = new HashSet<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean asJson = json || inputs.size() > 1;
        boolean anyFailed = false;
        for (String input : inputs) {
            ObjectNode node = describe(input);
            anyFailed |= node.has("error");
            if (asJson) {
                out.println(JsonCodec.encodeToString(node));
            } else if (node.has("error")) {
                spec.commandLine().getErr().println("oxidation: " + input + ": " + node.get("error").asText());
            } else {
                out.println(node.path("text").asText());
            }
            out.flush();
        }
        return anyFailed ? 2 : 0;
    }

    private ObjectNode describe(String input) {
        if (!Inputs.isUrl(input)) {
            return ExtractCommandSupport.describe(Path.of(input), baseUrl);
        }
        return switch (Inputs.fetch(input, allowHosts)) {
            case FetchResult.Fetched f -> ExtractCommandSupport.describe(f.uri(), f.body(), f.contentType());
            case FetchResult.NotModified n -> Inputs.error(input, "not modified");
            case FetchResult.Failed f -> Inputs.error(input, f.reason());
        };
    }
}
