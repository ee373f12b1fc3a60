package oxidation.ingest.changelog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A version section being read: its heading's facts and the lines under it. */
final class Section {

    private static final int LINES_FOR_FACTS = 2;

    private final HeadingFacts facts;
    private final String tag;
    private final List<String> lines = new ArrayList<>();

    Section(HeadingFacts facts, String tag) {
        this.facts = facts;
        this.tag = tag;
    }

    void add(String line) {
        lines.add(line);
    }

    /** The release, reading a date or a yank note from the first lines when the heading has none. */
    ChangelogRelease finish() {
        LocalDate lineDate = null;
        boolean lineYanked = false;
        int seen = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (lineDate == null) {
                lineDate = HeadingFacts.releasedLine(line);
            }
            lineYanked |= HeadingFacts.yankedLine(line);
            if (++seen == LINES_FOR_FACTS) {
                break;
            }
        }
        return facts.release(lineDate, lineYanked, tag, String.join("\n", lines).strip());
    }

    static void finishInto(Section section, List<ChangelogRelease> releases) {
        if (section != null) {
            releases.add(section.finish());
        }
    }
}
