package gg.arena.clients;

import gg.arena.schema.ApiSchema;
import gg.arena.schema.OperationValidator;
import gg.arena.schema.Supergraph;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's supergraph and operations, as the tests (run from the module folder) find them. */
final class SupergraphFiles {

    private static Supergraph supergraph;
    private static OperationValidator validator;

    private SupergraphFiles() {
    }

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("schema/supergraph.graphql")) && Files.isDirectory(dir.resolve("clients"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no schema/supergraph.graphql above " + Path.of("").toAbsolutePath());
    }

    static Path operations() {
        return root().resolve("clients/operations");
    }

    static synchronized Supergraph supergraph() {
        if (supergraph == null) {
            supergraph = Supergraph.read(root().resolve("schema/supergraph.graphql"));
        }
        return supergraph;
    }

    /** A validator against the API schema of schema/supergraph.graphql. */
    static synchronized OperationValidator validator() {
        if (validator == null) {
            validator = new OperationValidator(ApiSchema.fromSupergraph(supergraph()).schema());
        }
        return validator;
    }
}
