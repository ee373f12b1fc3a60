package oxidation.ingest.feed;

/**
 * A body that cannot be read as its source kind at all: not a feed, empty, or malformed beyond recovery.
 * The message is one line that says why, fit for a source's health status.
 */
public class FeedException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedException(String reason) {
        super(oneLine(reason));
    }

    public FeedException(String reason, Throwable cause) {
        super(oneLine(reason), cause);
    }

    static String oneLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
