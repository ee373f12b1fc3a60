/** Polite, bounded HTTP fetching of feeds and pages: conditional GET, redirects, size and time caps, refused addresses. */
package oxidation.ingest.fetch;
