/** The {@code sources} commands: list, add, remove, import and export the feeds the pipeline follows. */
package oxidation.launcher.sources;
