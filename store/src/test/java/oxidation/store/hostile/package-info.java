/** The store under hostile input: broken and huge records on its topics, generated requests on its API. */
package oxidation.store.hostile;
