package oxidation.launcher.bench;

/**
 * How much work each measurement does.
 *
 * @param seconds the measuring time of each side of a timing loop (half as much again warms it up)
 * @param sinkArticles tagged articles through the store's sink and through raw JDBC
 * @param queryArticles articles in the database the queries run over
 * @param relayRecords records through the classifier and through the plain relay
 * @param latencySamples entries published one at a time for the end-to-end latency
 * @param feeds feeds served for the sustained end-to-end throughput
 * @param entriesPerFeed entries of each of those feeds
 * @param startupArticles articles stored before {@code oxidation up} is started and its memory read
 */
record Size(String name, double seconds, int sinkArticles, int queryArticles, int relayRecords, int latencySamples,
        int feeds, int entriesPerFeed, int startupArticles) {

    /** The run that is quoted. */
    static final Size FULL = new Size("full", 5, 50_000, 1_000_000, 50_000, 20, 100, 100, 100_000);
    /** Every measurement on small inputs, in a few minutes. */
    static final Size QUICK = new Size("quick", 1, 5_000, 50_000, 5_000, 5, 20, 50, 10_000);
    /** The smoke test's: proves the command runs end to end, measures nothing worth quoting. */
    static final Size TINY = new Size("tiny", 0.2, 300, 2_000, 300, 2, 3, 10, 500);
}
