/** The classify service: the Kafka Streams topology, its configuration, lifecycle and history replay. */
package oxidation.classify.service;
