/** Reading fetched bodies of every source kind (RSS, Atom, JSON Feed, release feeds, changelogs, sitemaps) into articles. */
package oxidation.ingest.feed;
