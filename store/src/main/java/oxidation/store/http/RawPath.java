package oxidation.store.http;

/** Checks a request path as it came over the wire, before anything decodes it. */
final class RawPath {

    private RawPath() {
    }

    /** Whether every {@code %} of the path starts an escape of two hex digits. */
    static boolean wellEncoded(String path) {
        if (path == null) {
            return true;
        }
        for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
            if (i + 2 >= path.length() || !isHex(path.charAt(i + 1)) || !isHex(path.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
