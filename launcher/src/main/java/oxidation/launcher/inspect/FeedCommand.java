package oxidation.launcher.inspect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import oxidation.events.JsonCodec;
import oxidation.events.SourceKind;
import oxidation.ingest.feed.FeedParseCommandSupport;
import oxidation.ingest.fetch.FetchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code oxidation feed parse}: print feeds as the ingest sees them. */
@Command(name = "feed", mixinStandardHelpOptions = true, description = "Work with feeds as the ingest sees them.",
        subcommands = FeedCommand.Parse.class)
public final class FeedCommand {

    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = "Print each feed as one JSON line: file (or url), title, link, format and the entries as "
                    + "normalised articles. A failed input prints a line with its error; the exit status is then 2.",
            footer = {"", "Examples:", "  oxidation feed parse feeds/*.xml",
                "  oxidation feed parse https://astral.sh/blog/rss.xml",
                "  oxidation feed parse --kind changelog CHANGELOG.md"})
    static final class Parse implements Callable<Integer> {

        @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "Feed files or URLs.")
        List<String> inputs;

        @Option(names = "--kind", description = "Read every input as this source kind: feed, github-releases, "
                + "pypi, changelog, sitemap (default: by file name).")
        String kind;

        @Option(names = "--allow-host", paramLabel = "HOST", description = "Allow fetching from this private or "
                + "loopback host (refused by default).")
        Set<String> allowHosts = new HashSet<>();

        @Option(names = "--base-url", paramLabel = "URL", description = "Read files as if fetched from this URL "
                + "(resolves relative links; gives a changelog's releases their URLs).")
        java.net.URI baseUrl;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            SourceKind sourceKind = kind == null ? null : SourceKind.fromWireName(kind);
            PrintWriter out = spec.commandLine().getOut();
            boolean anyFailed = false;
            for (String input : inputs) {
                ObjectNode line = describe(input, sourceKind);
                anyFailed |= FeedParseCommandSupport.failed(line);
                out.println(JsonCodec.encodeToString(line));
                out.flush();
            }
            return anyFailed ? 2 : 0;
        }

        private ObjectNode describe(String input, SourceKind sourceKind) {
            if (!Inputs.isUrl(input)) {
                Path file = Path.of(input);
                SourceKind fileKind = sourceKind != null ? sourceKind : FeedParseCommandSupport.kindOf(file);
                return FeedParseCommandSupport.describe(file, fileKind, baseUrl);
            }
            SourceKind k = sourceKind == null ? SourceKind.FEED : sourceKind;
            return switch (Inputs.fetch(input, allowHosts)) {
                case FetchResult.Fetched f -> FeedParseCommandSupport.describe(f.uri(), k, f.body(), f.contentType());
                case FetchResult.NotModified n -> Inputs.error(input, "not modified");
                case FetchResult.Failed f -> Inputs.error(input, f.reason());
            };
        }
    }

}
