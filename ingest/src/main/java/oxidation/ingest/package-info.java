/** The ingest service: its configuration, its wiring and its {@code main}. */
package oxidation.ingest;
