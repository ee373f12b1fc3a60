package oxidation.launcher.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import oxidation.classify.catalog.Catalog;
import oxidation.classify.match.TagLine;
import oxidation.classify.match.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code oxidation tag}: tag text files with the classifier's own code, no broker. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Print the Rust-in-Python tools each text mentions, one JSON line per input: "
                + "{\"file\", \"tools\": [{\"id\", \"mentions\", \"confidence\", \"evidence\"}], \"rust_in_python\", "
                + "\"catalog\"}. Reads standard input when no file is given.",
        footer = {"", "Examples:", "  oxidation tag post.md notes.txt", "  curl -s https://example.org/post | oxidation tag"})
public final class TagCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Text files (UTF-8).")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Tagger tagger = Tagger.of(Catalog.bundled());
        PrintWriter out = spec.commandLine().getOut();
        if (files.isEmpty()) {
            out.println(TagLine.of(null, tagger.tag(text(System.in.readAllBytes(), "standard input"))));
            out.flush();
            return 0;
        }
        int failures = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                out.println(TagLine.of(file.toString(), tagger.tag(text(in.readAllBytes(), file.toString()))));
            } catch (IOException e) {
                spec.commandLine().getErr().println("oxidation: " + file + ": cannot read: " + e.getMessage());
                failures++;
            }
            out.flush();
        }
        return failures == 0 ? 0 : 2;
    }

    private static String text(byte[] bytes, String name) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }
}
