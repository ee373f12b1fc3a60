/** The contracts between services: one record per message, typed topics, the JSON codec and article ids. */
package oxidation.events;
