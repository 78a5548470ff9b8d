package gg.arena.schema;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository checkout the tests run in (Maven runs them from the module folder). */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The repository root: the nearest folder upwards that holds {@code schema/subgraphs.yaml}. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("schema/subgraphs.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no schema/subgraphs.yaml above " + Path.of("").toAbsolutePath());
    }

    static Path subgraphList() {
        return root().resolve("schema/subgraphs.yaml");
    }

    static Path supergraph() {
        return root().resolve("schema/supergraph.graphql");
    }

    static Path composeFolder() {
        return root().resolve("schema/compose");
    }
}
