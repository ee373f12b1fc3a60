package oxidation.launcher.query;

import picocli.CommandLine.Option;

/** The {@code --api} option every query command shares. */
final class ApiOption {

    @Option(names = "--api", paramLabel = "URL", defaultValue = "${env:OXIDATION_API:-http://127.0.0.1:8080}",
            description = "The store's API (default: ${DEFAULT-VALUE}).")
    String url;

    ApiClient client() {
        return new ApiClient(url);
    }
}
