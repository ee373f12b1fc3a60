package oxidation.launcher.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.events.SourceStatus;
import oxidation.events.Topics;
import oxidation.ingest.source.Opml;
import oxidation.ingest.source.SourcePublisher;
import oxidation.ingest.source.SourcesFile;
import oxidation.launcher.BrokerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code oxidation sources}: the feeds the pipeline follows, kept in the compacted {@code sources} topic. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List, add, remove, import and export the sources the ingest workers follow.",
        subcommands = {SourcesCommand.ListSources.class, SourcesCommand.Add.class, SourcesCommand.Remove.class,
            SourcesCommand.Disable.class, SourcesCommand.Import.class, SourcesCommand.ImportOpml.class,
            SourcesCommand.ExportOpml.class, SourcesCommand.Check.class})
public final class SourcesCommand {

    /** The broker options every sources command shares, and what they read and write through them. */
    static final class Broker {
        @Mixin
        BrokerOptions options;

        Map<String, Source> sources() {
            return TopicSnapshot.read(options.bootstrap(), Topics.SOURCES.withPrefix(options.prefix()),
                    Duration.ofSeconds(30));
        }

        Map<String, SourceStatus> statuses() {
            return TopicSnapshot.read(options.bootstrap(), Topics.SOURCES_STATUS.withPrefix(options.prefix()),
                    Duration.ofSeconds(30));
        }

        SourcePublisher publisher() {
            return SourcePublisher.create(options.bootstrap(), options.prefix());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sources with their health.",
            footer = {"", "Example:", "  oxidation sources list"})
    static final class ListSources implements Callable<Integer> {
        @Mixin
        Broker broker;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, SourceStatus> statuses = broker.statuses();
            PrintWriter out = spec.commandLine().getOut();
            for (Source source : broker.sources().values()) {
                SourceStatus status = statuses.get(source.id());
                String health = !source.enabled() ? "disabled"
                        : status == null ? "not polled yet"
                        : status.healthy() ? "healthy" : "UNHEALTHY: " + status.lastError();
                out.printf("%-32s %-16s %-14s %s  [%s]%n", source.id(), source.kind().wireName(),
                        source.tool() == null ? "-" : source.tool(), source.url(), health);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Follow a new source (or replace one with the same id).",
            footer = {"", "Examples:", "  oxidation sources add https://astral.sh/blog/rss.xml",
                "  oxidation sources add https://github.com/astral-sh/uv/releases.atom --kind github-releases --tool uv"})
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "URL")
        String url;

        @Option(names = "--kind", defaultValue = "feed", description = "feed, github-releases, pypi, changelog or sitemap "
                + "(default: ${DEFAULT-VALUE}).")
        String kind;

        @Option(names = "--tool", paramLabel = "ID", description = "The tool whose release notes this source carries.")
        String tool;

        @Option(names = "--id", description = "The source id (default: made from the URL).")
        String id;

        @Option(names = "--interval", paramLabel = "DURATION", description = "Poll interval, ISO-8601 (PT30M).")
        Duration interval;

        @Mixin
        Broker broker;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Source source = new Source(Source.SCHEMA, id != null ? id : idOf(url), url, SourceKind.fromWireName(kind),
                    interval, tool, true);
            try (SourcePublisher publisher = broker.publisher()) {
                publisher.publish(source);
            }
            spec.commandLine().getOut().println("added " + source.id());
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop following a source for good.",
            footer = {"", "Example:", "  oxidation sources remove astral-sh-blog-rss-xml"})
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        Broker broker;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return change(broker, id, spec, "removed", (publisher, source) -> publisher.remove(source.id()));
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Pause a source, keeping its fetch state.",
            footer = {"", "Example:", "  oxidation sources disable uv-pypi"})
    static final class Disable implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        Broker broker;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return change(broker, id, spec, "disabled", SourcePublisher::disable);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Follow every source of a YAML sources file.",
            footer = {"", "Example:", "  oxidation sources import my-sources.yaml"})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Mixin
        Broker broker;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return publish(broker, SourcesFile.read(file), spec);
        }
    }

    @Command(name = "import-opml", mixinStandardHelpOptions = true, description = "Follow every feed of an OPML file.",
            footer = {"", "Example:", "  oxidation sources import-opml subscriptions.opml"})
    static final class ImportOpml implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Mixin
        Broker broker;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return publish(broker, Opml.read(in), spec);
            }
        }
    }

    @Command(name = "export-opml", mixinStandardHelpOptions = true, description = "Print the sources as OPML.",
            footer = {"", "Example:", "  oxidation sources export-opml > oxidation.opml"})
    static final class ExportOpml implements Callable<Integer> {
        @Mixin
        Broker broker;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(Opml.write(new ArrayList<>(broker.sources().values()), "oxidation sources"));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Fetch and parse a URL once and print what ingest would see (no broker needed).",
            footer = {"", "Example:", "  oxidation sources check https://pola.rs/posts/index.xml"})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "URL")
        String url;

        @Option(names = "--kind", defaultValue = "feed", description = "The source kind (default: ${DEFAULT-VALUE}).")
        String kind;

        @Option(names = "--allow-host", paramLabel = "HOST", description = "Allow this private or loopback host.")
        List<String> allowHosts = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>(List.of("feed", "parse", "--kind", kind));
            allowHosts.forEach(host -> args.addAll(List.of("--allow-host", host)));
            args.add(url);
            return spec.root().commandLine().execute(args.toArray(String[]::new));
        }
    }

    /** Applies a change to a followed source, failing clearly when no source has that id. */
    private static int change(Broker broker, String id, CommandSpec spec, String done,
            java.util.function.BiConsumer<SourcePublisher, Source> change) {
        Source source = broker.sources().get(id);
        if (source == null) {
            throw new IllegalArgumentException("no source with id '" + id + "' (see 'oxidation sources list')");
        }
        try (SourcePublisher publisher = broker.publisher()) {
            change.accept(publisher, source);
        }
        spec.commandLine().getOut().println(done + " " + id);
        return 0;
    }

    private static int publish(Broker broker, List<Source> sources, CommandSpec spec) {
        try (SourcePublisher publisher = broker.publisher()) {
            publisher.publish(sources);
        }
        spec.commandLine().getOut().println("imported " + sources.size() + " sources");
        return 0;
    }

    /** A readable id made from a URL: host and path, lowercase, non-alphanumerics as dashes. */
    static String idOf(String url) {
        String id = url.replaceFirst("^[a-zA-Z]+://(www\\.)?", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("cannot make an id from '" + url + "': give --id");
        }
        return id.length() > 80 ? id.substring(0, 80) : id;
    }
}
