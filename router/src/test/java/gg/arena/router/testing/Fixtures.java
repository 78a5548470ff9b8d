package gg.arena.router.testing;

import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.supergraph.SupergraphParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test supergraphs: {@code arena} is the product's own committed {@code schema/supergraph.graphql}
 * (read in place, so the router is always tested against the supergraph it serves); the others are
 * committed under src/test/resources/supergraphs.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** Where the supergraph {@code name} is. */
    public static Path path(String name) {
        return "arena".equals(name) ? Path.of("../schema/supergraph.graphql")
                : Path.of("src/test/resources/supergraphs/" + name + ".graphql");
    }

    public static String sdl(String name) {
        try {
            return Files.readString(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Supergraph supergraph(String name) {
        return SupergraphParser.parse(sdl(name), name);
    }
}
