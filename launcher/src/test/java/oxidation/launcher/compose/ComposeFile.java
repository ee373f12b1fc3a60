package oxidation.launcher.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The services of a compose file as a test needs them: each one's environment and command. */
public final class ComposeFile {

    private final JsonNode services;

    private ComposeFile(JsonNode services) {
        this.services = services;
    }

    /** The repository's {@code docker-compose.yml}. */
    public static ComposeFile repository() {
        return read(Repository.root().resolve("docker-compose.yml"));
    }

    public static ComposeFile read(Path file) {
        try {
            return new ComposeFile(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).path("services"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A service's environment as written (mapping or {@code KEY=value} list form). */
    public Map<String, String> environment(String service) {
        JsonNode env = service(service).path("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env.isArray()) {
            for (JsonNode entry : env) {
                String text = entry.asText();
                int eq = text.indexOf('=');
                result.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            }
        } else {
            env.properties().forEach(e -> result.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        }
        return result;
    }

    /** A service's command as a list of arguments. */
    public List<String> command(String service) {
        JsonNode command = service(service).path("command");
        List<String> args = new ArrayList<>();
        if (command.isArray()) {
            command.forEach(a -> args.add(a.asText()));
        } else if (command.isTextual()) {
            args.addAll(List.of(command.asText().trim().split("\\s+")));
        }
        return args;
    }

    private JsonNode service(String name) {
        JsonNode service = services.path(name);
        if (service.isMissingNode()) {
            throw new IllegalArgumentException("the compose file has no service '" + name + "'");
        }
        return service;
    }
}
