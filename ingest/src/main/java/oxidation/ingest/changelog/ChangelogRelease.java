package oxidation.ingest.changelog;

import java.time.LocalDate;

/**
 * One version section of a changelog.
 *
 * @param version the version without a leading {@code v}: {@code 2.14.0b1}
 * @param date the release date the changelog states, or null when it states none (never guessed)
 * @param tag the release's tag as the project writes it ({@code v0.29.2}), for links to its release page
 * @param notes the section's text as written (Markdown or reStructuredText), without the heading
 */
public record ChangelogRelease(String version, LocalDate date, boolean prerelease, boolean yanked, String tag,
        String notes) {

    public ChangelogRelease {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a changelog release needs a version");
        }
        if (tag == null || tag.isBlank()) {
            tag = version;
        }
        notes = notes == null ? "" : notes;
    }
}
