/** Load on the whole pipeline and on the store's API, outside the default suite. */
package oxidation.launcher.load;
