package gg.arena.router.testing;

import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.supergraph.SupergraphParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixtures: committed supergraphs under src/test/resources/supergraphs. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String sdl(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/supergraphs/" + name + ".graphql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Supergraph supergraph(String name) {
        return SupergraphParser.parse(sdl(name), name);
    }
}
