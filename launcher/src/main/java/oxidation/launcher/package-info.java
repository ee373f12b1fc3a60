/** The {@code oxidation} command: its entry point and the commands that run services. */
package oxidation.launcher;
