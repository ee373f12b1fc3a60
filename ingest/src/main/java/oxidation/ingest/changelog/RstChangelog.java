package oxidation.ingest.changelog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * reStructuredText changelogs: a title underlined with a repeated punctuation character is a heading;
 * the underline character of the first version heading fixes the level of releases. Unreleased
 * sections ({@code 45.0.0 - `main`_}) end the previous release and are not releases themselves.
 */
final class RstChangelog {

    private static final Pattern UNDERLINE = Pattern.compile("^([=\\-~^\"'`#*+:.])\\1{2,}\\s*$");

    private RstChangelog() {
    }

    static List<ChangelogRelease> parse(String text) {
        String[] lines = text.split("\r?\n", -1);
        List<ChangelogRelease> releases = new ArrayList<>();
        Section current = null;
        char releaseChar = 0;
        for (int i = 0; i < lines.length; i++) {
            char underline = headingUnderline(lines, i);
            if (underline != 0) {
                HeadingFacts facts = HeadingFacts.of(lines[i]);
                boolean atReleaseLevel = releaseChar == 0 ? facts != null : underline == releaseChar;
                if (atReleaseLevel) {
                    Section.finishInto(current, releases);
                    current = null;
                    if (facts != null) {
                        releaseChar = underline;
                        current = facts.unreleased() ? null : new Section(facts, facts.label());
                    }
                    i++;
                    continue;
                }
            }
            if (current != null) {
                current.add(lines[i]);
            }
        }
        Section.finishInto(current, releases);
        return releases;
    }

    /** The underline character when line i is a heading title underlined on line i + 1, else 0. */
    private static char headingUnderline(String[] lines, int i) {
        if (i + 1 >= lines.length || lines[i].isBlank() || Character.isWhitespace(lines[i].charAt(0))) {
            return 0;
        }
        String under = lines[i + 1];
        if (!UNDERLINE.matcher(under).matches() || UNDERLINE.matcher(lines[i]).matches()) {
            return 0;
        }
        return under.strip().length() >= Math.min(lines[i].strip().length(), 3) ? under.charAt(0) : 0;
    }
}
