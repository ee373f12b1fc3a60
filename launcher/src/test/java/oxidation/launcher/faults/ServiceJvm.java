package oxidation.launcher.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One part of the pipeline in its own JVM, run from the launcher's jar and its lib folder exactly as the
 * {@code oxidation} script runs it, with the environment a compose container would get. Killed hard with
 * SIGKILL ({@link Process#destroyForcibly()}), stopped gently with SIGTERM. Its output goes to a log file.
 */
final class ServiceJvm implements AutoCloseable {

    private static final Path JAR = Path.of("target", "oxidation-launcher.jar");
    private static final Path LIB = Path.of("target", "lib");

    private final String name;
    private final List<String> args;
    private final Map<String, String> env;
    private final Path log;
    private Process process;
    private int starts;

    ServiceJvm(String name, List<String> args, Map<String, String> env, Path logDir) {
        this.name = name;
        this.args = List.copyOf(args);
        this.env = Map.copyOf(env);
        this.log = logDir.resolve(name + ".log");
    }

    /** Whether the launcher was packaged, which the failsafe run of this module guarantees. */
    static boolean launcherPackaged() {
        return Files.isRegularFile(JAR) && Files.isDirectory(LIB);
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " runs already");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", JAR.toAbsolutePath() + java.io.File.pathSeparator + LIB.toAbsolutePath().resolve("*"),
                "oxidation.launcher.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("KAFKA_") || k.startsWith("STORE_")
                || k.startsWith("INGEST_") || k.startsWith("CLASSIFY_") || k.startsWith("OXIDATION_"));
        builder.environment().putAll(env);
        try {
            Files.writeString(log, "---- start " + (++starts) + " of " + name + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed, sockets just drop. */
    synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            await(process);
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM, then SIGKILL if it has not ended within 30 s. */
    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            await(process);
        }
    }

    private static void await(Process process) {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the log, for a failure message. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
