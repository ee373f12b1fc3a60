/** Reading sitemaps and sitemap indexes into the page URLs they list. */
package oxidation.ingest.sitemap;
