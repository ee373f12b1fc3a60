package oxidation.events;

/** What a release article announces: a version of a tool. */
public record Release(String tool, String version, boolean prerelease, boolean yanked) {

    public Release {
        Fields.requiredText(version, "version");
    }
}
