/** The classifier under hostile records on its input topic: broken, foreign, future and huge values. */
package oxidation.classify.hostile;
