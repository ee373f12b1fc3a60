package oxidation.launcher.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One command of the {@code oxidation} launcher running in its own JVM, as a container runs it: the
 * packaged jar and its {@code lib/} folder, the test's own JDK, and exactly the environment given (nothing
 * is inherited from the test JVM). Output goes to a log file that survives kills and restarts.
 * Shared by the tests that start service processes (the compose check as processes, fault injection).
 */
public final class ServiceJvm implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    private ServiceJvm(String name, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.log = log;
    }

    /**
     * Starts {@code oxidation <args>} in a new JVM.
     *
     * @param name names the process in messages and its log file
     * @param args the launcher's arguments, e.g. {@code ingest} or {@code topics create}
     * @param environment the process's whole environment
     * @param jvmOptions options for the JVM, e.g. a heap limit
     * @param logDir where {@code <name>.log} is written (appended to on restart)
     */
    public static ServiceJvm start(String name, List<String> args, Map<String, String> environment,
            List<String> jvmOptions, Path logDir) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add("oxidation.launcher.Main");
        command.addAll(args);
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceJvm jvm = new ServiceJvm(name, List.copyOf(command), Map.copyOf(environment),
                logDir.resolve(name + ".log"));
        jvm.launch();
        return jvm;
    }

    /** The java command of the running JDK: the processes run on the same JDK as the test. */
    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** {@code target/oxidation-launcher.jar} and {@code target/lib/*} of the launcher module, checked to exist. */
    static String classPath() {
        Path target = Repository.root().resolve("launcher").resolve("target");
        Path jar = target.resolve("oxidation-launcher.jar");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(target.resolve("lib"))) {
            throw new IllegalStateException(jar + " or its lib/ folder is missing: package the launcher first "
                    + "(./mvnw -pl launcher -am package, or run the ITs with verify)");
        }
        return jar + java.io.File.pathSeparator + target.resolve("lib") + java.io.File.separator + "*";
    }

    private void launch() {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Files.writeString(log, "---- " + name + " started with " + new TreeMap<>(environment) + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Kills the JVM at once (SIGKILL: no shutdown hooks run) and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        waitGone();
    }

    /** Starts the same command with the same environment again after it stopped or was killed. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
    }

    /** Waits for the process to end on its own and gives its exit code. */
    public int waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " did not exit within " + timeout + "; its log ends with:\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String name() {
        return name;
    }

    /** Everything the process (and its earlier runs) printed. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** The last lines of the log, for failure messages. */
    public String logTail() {
        List<String> lines = log().lines().toList();
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Asks the JVM to stop (SIGTERM, shutdown hooks run), and kills it when it has not stopped in time. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        waitGone();
    }

    private void waitGone() {
        try {
            process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name + (process != null && process.isAlive() ? " (pid " + process.pid() + ")" : " (stopped)");
    }
}
