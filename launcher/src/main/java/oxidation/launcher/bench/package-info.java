/** {@code oxidation bench}: each part of the pipeline measured next to its ceiling, in one run. */
package oxidation.launcher.bench;
