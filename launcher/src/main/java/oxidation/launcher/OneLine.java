package oxidation.launcher;

/** Turns an exception into the one line a person reads. */
public final class OneLine {

    private OneLine() {
    }

    /** The most specific message of an exception and its causes, on one line. */
    public static String of(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
            t = t.getCause();
            if (t != null && message != null) {
                break;
            }
        }
        String text = message != null ? message : e.getClass().getSimpleName();
        return text.replaceAll("\\s+", " ").strip();
    }
}
