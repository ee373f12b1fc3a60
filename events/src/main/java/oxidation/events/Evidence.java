package oxidation.events;

/** A snippet of an article's text that supports a tag, with the character offsets of the mention. */
public record Evidence(String snippet, int start, int end) {

    public Evidence {
        Fields.required(snippet, "snippet");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence offsets must satisfy 0 <= start <= end, were "
                    + start + ".." + end);
        }
    }
}
