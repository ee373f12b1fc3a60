package oxidation.store.trend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one committed batch added to the timeline, the input of trend detection.
 *
 * @param toolDays for each tool tagged in the batch, the days of its new articles
 * @param releases the release articles of the batch
 */
public record BatchChanges(Map<String, Set<LocalDate>> toolDays, List<NewRelease> releases) {

    public BatchChanges {
        toolDays = Map.copyOf(toolDays);
        releases = List.copyOf(releases);
    }

    /** A release article of the batch; published is null for a release its source gives no date. */
    public record NewRelease(String article, String tool, String version, boolean prerelease, Instant published) {
    }

    public boolean isEmpty() {
        return toolDays.isEmpty() && releases.isEmpty();
    }
}
