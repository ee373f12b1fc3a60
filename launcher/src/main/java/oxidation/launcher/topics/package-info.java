/** Commands that work on the pipeline's Kafka topics: create them, subscribe to them. */
package oxidation.launcher.topics;
