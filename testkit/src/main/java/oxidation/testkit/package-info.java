/** Test support for every module's integration tests: one broker per JVM, the test database, typed topic helpers. */
package oxidation.testkit;
