/** Tests of the contracts under hostile input: huge, broken and foreign records. */
package oxidation.events.hostile;
