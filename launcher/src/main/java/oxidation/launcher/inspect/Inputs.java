package oxidation.launcher.inspect;

import java.net.URI;
import java.util.Set;
import oxidation.ingest.fetch.FetchConfig;
import oxidation.ingest.fetch.FetchResult;
import oxidation.ingest.fetch.Fetcher;
import oxidation.ingest.fetch.Validators;

/** Command inputs that may be files or URLs; URLs are fetched with ingest's own fetcher and its rules. */
final class Inputs {

    private Inputs() {
    }

    /** Whether an argument names a URL rather than a file. */
    static boolean isUrl(String argument) {
        return argument.startsWith("http://") || argument.startsWith("https://");
    }

    /** The JSON line of an input that could not be fetched. */
    static com.fasterxml.jackson.databind.node.ObjectNode error(String url, String reason) {
        var node = oxidation.events.JsonCodec.mapper().createObjectNode();
        node.put("url", url);
        node.put("error", reason);
        return node;
    }

    /** Fetches a URL as ingest would, allowing the given hosts besides the public internet. */
    static FetchResult fetch(String url, Set<String> allowHosts) {
        try (Fetcher fetcher = new Fetcher(FetchConfig.defaults(allowHosts))) {
            return fetcher.fetch(URI.create(url), Validators.NONE);
        }
    }
}
