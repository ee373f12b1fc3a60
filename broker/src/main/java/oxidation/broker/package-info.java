/** A real Apache Kafka broker in KRaft mode inside the JVM, for the one-machine mode and the tests. */
package oxidation.broker;
