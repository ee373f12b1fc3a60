/** Commands that query the store's HTTP API and print tables, CSV or JSON. */
package oxidation.launcher.query;
