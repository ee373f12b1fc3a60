/** Finding tool mentions in article text: a one-pass automaton over folded text, then context rules. */
package oxidation.classify.match;
