package oxidation.launcher.sources;

import java.time.Duration;
import java.util.List;
import oxidation.events.Source;
import oxidation.events.Topics;
import oxidation.ingest.source.SourcePublisher;
import oxidation.ingest.source.SourcesFile;

/** Seeds the bundled default sources into an empty {@code sources} topic, once. */
public final class DefaultSources {

    private DefaultSources() {
    }

    /**
     * Publishes the bundled default sources when the topic holds no source yet.
     *
     * @return how many sources were published (0 when the topic already had sources)
     */
    public static int seedIfEmpty(String bootstrap, String prefix) {
        if (!TopicSnapshot.read(bootstrap, Topics.SOURCES.withPrefix(prefix), Duration.ofSeconds(60)).isEmpty()) {
            return 0;
        }
        List<Source> defaults = SourcesFile.defaults();
        try (SourcePublisher publisher = SourcePublisher.create(bootstrap, prefix)) {
            publisher.publish(defaults);
        }
        return defaults.size();
    }
}
