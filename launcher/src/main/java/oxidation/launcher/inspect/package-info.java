/** Commands that show what the pipeline makes of one input: a feed, a page, a text. No broker needed. */
package oxidation.launcher.inspect;
