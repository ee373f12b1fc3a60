package oxidation.launcher;

import oxidation.launcher.inspect.ExtractCommand;
import oxidation.launcher.inspect.FeedCommand;
import oxidation.launcher.inspect.TagCommand;
import oxidation.launcher.bench.BenchCommand;
import oxidation.launcher.query.ArticlesCommand;
import oxidation.launcher.query.LeaderboardCommand;
import oxidation.launcher.query.TimelineCommand;
import oxidation.launcher.sources.SourcesCommand;
import oxidation.launcher.topics.TailCommand;
import oxidation.launcher.topics.TopicsCommand;
import oxidation.launcher.up.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code oxidation} command line: runs the pipeline, its services, and queries and operates it. */
@Command(name = "oxidation", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Follows Python's tools being rebuilt in Rust through the news.",
        subcommands = {UpCommand.class, ServiceCommands.Ingest.class, ServiceCommands.Classify.class,
            ServiceCommands.Store.class, TimelineCommand.class, LeaderboardCommand.class, ArticlesCommand.class,
            TailCommand.class, SourcesCommand.class, ReplayCommand.class, TopicsCommand.class, FeedCommand.class,
            ExtractCommand.class, TagCommand.class, BenchCommand.class, BrokerCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  oxidation up --demo", "  oxidation timeline uv ruff --by month",
            "  oxidation tail articles.tagged --tool uv"})
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("oxidation: " + OneLine.of(e));
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("oxidation: " + e.getMessage()
                    + " (see 'oxidation " + e.getCommandLine().getCommandName() + " --help')");
            return 2;
        });
        return cli;
    }
}
