package gg.arena.schema.compose;

import java.util.ArrayList;
import java.util.List;

/** Small subgraph sets for composition tests: {@code Subgraphs.of("a", sdlA, "b", sdlB)}. */
final class Subgraphs {

    static final String LINK = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.5",
              import: ["@key", "@shareable", "@external", "@requires", "@provides", "@override", "@inaccessible", "@tag"])
            """;

    private Subgraphs() {
    }

    /** Name/SDL pairs; each SDL gets the federation {@code @link} prepended. */
    static List<SubgraphSource> of(String... nameAndSdl) {
        List<SubgraphSource> sources = new ArrayList<>();
        for (int i = 0; i < nameAndSdl.length; i += 2) {
            sources.add(new SubgraphSource(nameAndSdl[i], "http://" + nameAndSdl[i] + "/graphql", LINK + nameAndSdl[i + 1]));
        }
        return sources;
    }

    static CompositionResult compose(String... nameAndSdl) {
        return Composer.compose(of(nameAndSdl));
    }
}
