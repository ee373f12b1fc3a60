/** The questions the API answers, as parameterised SQL over the timeline tables, with their answers as records. */
package oxidation.store.query;
