/** Trend events: first mentions, releases, surges and new weekly leaders, detected per batch and published to trend.events. */
package oxidation.store.trend;
