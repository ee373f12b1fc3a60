/** The store service: its configuration, its wiring and its main. */
package oxidation.store;
