package gg.arena.schema.check;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The check CI runs, on this repository: our subgraphs compose and every client operation still validates. */
class RepositoryCheckTest {

    @Test
    void ourSubgraphsAndClientOperationsPass() {
        CheckReport report = SchemaCheck.ofRepository(root()).run();

        assertThat(report.failed()).as(report.toText()).isFalse();
        assertThat(report.operationsChecked()).isGreaterThanOrEqualTo(10);
        assertThat(SchemaCheck.clientOperations(root().resolve("clients")))
                .noneMatch(p -> p.toString().contains("src/test"));
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("schema/subgraphs.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no schema/subgraphs.yaml above the working folder");
    }
}
