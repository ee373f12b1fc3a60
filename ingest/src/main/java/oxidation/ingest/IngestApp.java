package oxidation.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oxidation.events.Source;
import oxidation.ingest.fetch.Fetcher;
import oxidation.ingest.source.SourcePublisher;
import oxidation.ingest.source.SourcesFile;
import oxidation.ingest.worker.IngestWorker;

/**
 * The ingest service: publishes the configured sources file, then runs one worker of the ingest group.
 * Several apps (in one JVM or many) with the same group share the sources.
 */
public final class IngestApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestApp.class);

    private final IngestConfig config;
    private final Fetcher fetcher;
    private final IngestWorker worker;

    private IngestApp(IngestConfig config, Fetcher fetcher, IngestWorker worker) {
        this.config = config;
        this.fetcher = fetcher;
        this.worker = worker;
    }

    /** Builds the service; nothing runs until {@link #start()}. */
    public static IngestApp create(IngestConfig config) {
        Fetcher fetcher = new Fetcher(config.fetchConfig());
        return new IngestApp(config, fetcher, new IngestWorker(config.workerConfig(), fetcher));
    }

    /** Publishes the sources file, if any, and starts the worker. */
    public void start() {
        if (config.sourcesFile() != null) {
            publishSources();
        }
        worker.start();
    }

    /** The ids of the sources this instance polls right now. */
    public java.util.Set<String> ownedSources() {
        return worker.ownedSources();
    }

    private void publishSources() {
        List<Source> sources;
        try {
            sources = SourcesFile.read(config.sourcesFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read INGEST_SOURCES_FILE " + config.sourcesFile(), e);
        }
        try (SourcePublisher publisher = SourcePublisher.create(config.bootstrapServers(), config.topicPrefix())) {
            publisher.publish(sources);
        }
        LOG.info("published {} sources from {}", sources.size(), config.sourcesFile());
    }

    /** Stops the worker (finishing polls in flight), then the fetcher. */
    @Override
    public void close() {
        try {
            worker.close();
        } catch (RuntimeException e) {
            LOG.error("closing the ingest worker failed", e);
        }
        try {
            fetcher.close();
        } catch (RuntimeException e) {
            LOG.error("closing the fetcher failed", e);
        }
    }
}
