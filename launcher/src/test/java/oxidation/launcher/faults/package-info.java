/**
 * Fault injection over the whole pipeline: the broker and each service in its own JVM, killed hard at seeded
 * random moments and started again, then the store checked against counts computed from the feeds.
 */
package oxidation.launcher.faults;
