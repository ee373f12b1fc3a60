/** Extracting the main text and metadata of a web page, Readability-style, with Jsoup. */
package oxidation.ingest.extract;
