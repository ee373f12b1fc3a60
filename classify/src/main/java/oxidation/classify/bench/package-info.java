/** Benchmarks of the classifier that {@code oxidation bench} runs, and the result record they share. */
package oxidation.classify.bench;
