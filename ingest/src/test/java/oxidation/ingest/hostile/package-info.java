/** Ingest under hostile records on the sources topic: broken, foreign, future and huge values. */
package oxidation.ingest.hostile;
