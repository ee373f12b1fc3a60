/** The sources to follow: the YAML sources file, OPML import and export, and publishing them on the sources topic. */
package oxidation.ingest.source;
