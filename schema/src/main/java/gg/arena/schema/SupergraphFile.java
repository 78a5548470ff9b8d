package gg.arena.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The committed {@code schema/supergraph.graphql}: the Java composer's output for the subgraph SDLs of
 * {@code schema/subgraphs.yaml}, byte for byte (line endings aside, so a checkout with CRLF still matches).
 */
public final class SupergraphFile {

    /** The command that regenerates the committed supergraph, run from the repository root. */
    public static final String REGENERATE = "java -jar schema/target/schema.jar compose";

    private SupergraphFile() {
    }

    /** The supergraph beside a subgraph list: {@code schema/subgraphs.yaml} gives {@code schema/supergraph.graphql}. */
    public static Path besideList(Path subgraphList) {
        return subgraphList.resolveSibling("supergraph.graphql");
    }

    /** The file's text with {@code \n} line endings, or empty when there is no such file. */
    public static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(normalize(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** True when the file holds exactly {@code composed} (line endings aside). */
    public static boolean upToDate(Path file, String composed) {
        return read(file).map(text -> text.equals(normalize(composed))).orElse(false);
    }

    public static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
