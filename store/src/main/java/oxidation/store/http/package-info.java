/** The HTTP API (Javalin): routes, parameter checks, JSON and CSV answers, errors, health and metrics. */
package oxidation.store.http;
