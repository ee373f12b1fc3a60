package oxidation.classify.catalog;

import java.util.List;

/**
 * One tool of the catalog: a Rust-in-Python tool, an enabler (PyO3, maturin, ...) or an incumbent it
 * replaces (pip, flake8, pandas, ...), tracked for co-mentions.
 *
 * @param id the catalog id, the label used in tags
 * @param role {@code tool}, {@code enabler} or {@code incumbent}
 * @param incumbent whether this is an incumbent (not Rust) tracked for co-mentions
 * @param pypi the PyPI distribution, or null when the tool is not distributed there
 * @param repository {@code owner/name} on GitHub
 * @param crate the main Rust crate, or null
 * @param firstRelease {@code YYYY-MM} of the first release, or null for incumbents
 * @param names prose and package names, matched as whole words
 * @param forms code, CLI, config and descriptive forms that name the tool on their own
 * @param urls URL fragments (host and path, lower case) that identify the tool's repository, docs or PyPI page
 * @param ambiguous whether a bare name needs software context nearby to count
 * @param context context word sets ({@code @name}) and words that show the software sense of a bare name
 * @param notTool look-alike phrases containing a name that are not the tool ("uv index", "polar bears")
 * @param ambiguity the look-alike senses in prose, for people
 * @param relations how it relates to other tools
 */
public record Tool(String id, String displayName, String category, String role, boolean incumbent, String pypi,
        String repository, String crate, String firstRelease, List<String> names, List<String> forms,
        List<String> urls, boolean ambiguous, List<String> context, List<String> notTool, String ambiguity,
        List<Relation> relations) {

    public Tool {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a catalog tool needs an id");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("tool '" + id + "' needs a displayName");
        }
        names = copy(names);
        forms = copy(forms);
        urls = copy(urls);
        context = copy(context);
        notTool = copy(notTool);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
