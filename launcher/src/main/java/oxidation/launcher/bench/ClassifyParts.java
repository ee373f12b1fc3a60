package oxidation.launcher.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import oxidation.classify.bench.BenchResult;
import oxidation.classify.catalog.Catalog;
import oxidation.classify.match.Tagger;
import oxidation.classify.service.ClassifyApp;
import oxidation.classify.service.ClassifyConfig;
import oxidation.events.Topics;

/**
 * The classifier: the tagger's MB/s next to a bare loop that reads every char of the same text (target
 * 50%), and the classify service's articles/s through the broker next to a plain relay of the same records
 * with the same transaction settings (target 70%).
 */
final class ClassifyParts {

    private static final double TAGGER_TARGET = 0.5;
    private static final double SERVICE_TARGET = 0.7;
    /** A catalog without tools: the service reads and writes every article but finds nothing to tag. */
    private static final Catalog EMPTY = Catalog.parse("{\"version\": \"empty\", \"tools\": []}"
            .getBytes(StandardCharsets.UTF_8));

    private ClassifyParts() {
    }

    /** The tagger over the whole bundled text, next to the bare loop. */
    static final class TaggerPart implements Part {

        @Override
        public String name() {
            return "tagger";
        }

        @Override
        public List<BenchResult> run(BenchContext context) throws Exception {
            Texts texts = Texts.bundled(1);
            List<String> documents = new ArrayList<>();
            StringBuilder doc = new StringBuilder();
            long chars = 0;
            for (String p : texts.paragraphs()) {
                doc.append(p).append("\n\n");
                if (doc.length() > 5000) {
                    documents.add(doc.toString());
                    chars += doc.length();
                    doc.setLength(0);
                }
            }
            Tagger tagger = Tagger.of(Catalog.bundled());
            TimingLoop loop = new TimingLoop();
            TimingLoop.Pair pair = loop.measure(documents, context.size().seconds(), d -> tagger.tag(d).tags().size(),
                    TaggerPart::bareLoop);
            double megabytesPerDoc = chars / 1e6 / documents.size();
            context.progress("tagger %.1f MB/s, bare loop %.1f MB/s over %d documents (%.2f M chars)",
                    pair.ours() * megabytesPerDoc, pair.ceiling() * megabytesPerDoc, documents.size(), chars / 1e6);
            return List.of(BenchResult.atLeast("tagger MB/s vs bare loop over the same text",
                    pair.ours() * megabytesPerDoc, "MB/s", pair.ceiling() * megabytesPerDoc, TAGGER_TARGET));
        }

        private static int bareLoop(String text) {
            int sum = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                sum += text.charAt(i);
            }
            return sum;
        }
    }

    /**
     * The classify service through the broker, next to the plain relay; and, for information, the same service
     * with an empty catalog, which shows how much of the gap is the tagging work.
     */
    static final class ServicePart implements Part {

        @Override
        public String name() {
            return "classify";
        }

        @Override
        public List<BenchResult> run(BenchContext context) throws Exception {
            int count = context.size().relayRecords();
            // Twice the measured records go first: after only half as many, C2 was still compiling the
            // service's path (55-73% of a core beside the stream thread), slowing the measured window.
            int warmup = 2 * count;
            String bootstrap = context.bootstrapServers();
            Duration timeout = Duration.ofMinutes(context.size() == Size.TINY ? 2 : 20);

            // One set of raw records serves the relays and the service: the relays copy them out under prefixes of
            // their own, and the service reads and tags them under the prefix they were published with.
            String topics = publishRaw(context, "classify", warmup + count);
            String raw = Topics.ARTICLES_RAW.withPrefix(topics).name();
            double first = relayRate(bootstrap, raw, context.freshTopics("relay"), warmup, count, timeout);

            double service = serviceRate(context, topics, Catalog.bundled(), warmup, count, timeout);
            // The same service with an empty catalog, on the same records published again: everything but the
            // tagging work (reading, writing, transactions, the broker), which tells how much of the gap to the
            // relay is the tagger's.
            String emptyTopics = publishRaw(context, "classify-empty", warmup + count);
            double untagged = serviceRate(context, emptyTopics, EMPTY, warmup, count, timeout);
            // The ceiling is the relay run again on the same records, after the service. The first run warms
            // the broker's and clients' paths for the service but is no ceiling: in a fresh JVM the compilers
            // are still busy then, and it ran at 13-18k records/s where the same relay after the service ran
            // at 20-26k, while the service measured twice in a row gave the same rate both times.
            double ceiling = relayRate(bootstrap, raw, context.freshTopics("relay-again"), warmup, count, timeout);
            context.progress("classify %,.0f articles/s (%,.0f with an empty catalog), relay %,.0f records/s after it"
                    + " (%,.0f in the first, warm-up run; %,d records of about 5 KB after %,d to warm up)", service,
                    untagged, ceiling, first, count, warmup);
            return List.of(BenchResult.atLeast("classify articles/s through the broker vs a Kafka relay", service,
                    "articles/s", ceiling, SERVICE_TARGET),
                    BenchResult.compared("classify with an empty catalog (no tagging work) vs the same relay",
                            untagged, "articles/s", ceiling));
        }

        /**
         * Fresh topics named after {@code name} whose raw topic holds {@code count} articles of about 5 KB, made while
         * sent; every call publishes the same articles. Returns the topics' prefix.
         */
        private static String publishRaw(BenchContext context, String name, int count) {
            String topics = context.freshTopics(name);
            Articles generator = new Articles(Texts.bundled(9));
            StoreBench.publish(context.bootstrapServers(), Topics.ARTICLES_RAW.withPrefix(topics).name(), count,
                    i -> generator.raw(i, 5000));
            return topics;
        }

        /** The service's steady rate on the raw records under {@code topics}, tagging with {@code catalog}. */
        private static double serviceRate(BenchContext context, String topics, Catalog catalog, int warmup, int count,
                Duration timeout) {
            Path state = context.work().resolve("classify-" + UUID.randomUUID());
            try (ClassifyApp app = ClassifyApp.create(new ClassifyConfig(context.bootstrapServers(), topics,
                    "bench-" + UUID.randomUUID(), state, false), catalog)) {
                app.start();
                return Relay.arrivalRate(context.bootstrapServers(), Topics.ARTICLES_TAGGED.withPrefix(topics).name(),
                        warmup, count, timeout);
            }
        }

        /** The relay's rate from {@code raw} to the tagged topic under {@code prefix}, timed after the warm-up. */
        private static double relayRate(String bootstrap, String raw, String prefix, int warmup, int count,
                Duration timeout) {
            String out = Topics.ARTICLES_TAGGED.withPrefix(prefix).name();
            AtomicBoolean relay = Relay.start(bootstrap, raw, out);
            try {
                return Relay.arrivalRate(bootstrap, out, warmup, count, timeout);
            } finally {
                relay.set(false);
            }
        }
    }
}
