/** Reading CHANGELOG files in Markdown and reStructuredText into one release per version heading. */
package oxidation.ingest.changelog;
