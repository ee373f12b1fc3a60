/** The one-machine mode: a real broker, the H2 store and every service in one JVM, and the offline demo. */
package oxidation.launcher.up;
