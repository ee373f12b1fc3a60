/** Benchmarks of the store, run on demand ({@code -Dtest=StoreBenchmark}), never in the default suite. */
package oxidation.store.bench;
