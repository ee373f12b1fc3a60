package oxidation.store.query;

import java.time.LocalDate;

/** A release as a marker on a timeline: which tool, which version, which day, which article. */
public record ReleaseRef(String tool, String version, LocalDate date, String article) {
}
