/** The ingest workers: a consumer group on the sources topic that polls each assigned source and publishes its articles and status. */
package oxidation.ingest.worker;
