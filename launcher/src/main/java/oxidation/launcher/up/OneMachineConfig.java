package oxidation.launcher.up;

import java.nio.file.Path;

/**
 * How {@code oxidation up} runs.
 *
 * @param dataDir where the broker, the H2 database and the classifier keep their data
 * @param sourcesFile a sources file (YAML or OPML) to follow, or null for the bundled default sources
 * @param httpPort the store's HTTP port
 * @param kafkaPort the broker's client port
 * @param demo whether to serve the bundled sample sources from a local server instead of the internet
 */
public record OneMachineConfig(Path dataDir, Path sourcesFile, int httpPort, int kafkaPort, boolean demo) {

    public OneMachineConfig {
        if (dataDir == null) {
            throw new IllegalArgumentException("a data directory is required");
        }
        if (httpPort < 0 || httpPort > 65535 || kafkaPort < 0 || kafkaPort > 65535) {
            throw new IllegalArgumentException("ports must be in 0..65535");
        }
    }
}
