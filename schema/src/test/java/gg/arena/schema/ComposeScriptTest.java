package gg.arena.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * compose.mjs on subgraph sets of its own: errors come out with their codes and exit code 1, usage
 * problems with exit code 2. Skipped like {@link SupergraphUpToDateTest} without node and {@code npm ci}.
 */
class ComposeScriptTest {

    @TempDir
    Path dir;

    private Path subgraph(String name, String fields) throws Exception {
        Path file = dir.resolve(name + ".graphqls");
        Files.writeString(file, """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
                type Query { %s: Thing }
                type Thing @key(fields: "id") { id: ID! %s }
                """.formatted(name, fields));
        return file;
    }

    private Path list() throws Exception {
        Path file = dir.resolve("subgraphs.yaml");
        Files.writeString(file, """
                subgraphs:
                  a:
                    routing_url: http://127.0.0.1:5001/graphql
                    schema:
                      file: a.graphqls
                  b:
                    routing_url: http://127.0.0.1:5002/graphql
                    schema:
                      file: b.graphqls
                """);
        return file;
    }

    @Test
    void composesAListAndWritesTheSupergraphToAFile() throws Exception {
        subgraph("a", "name: String");
        subgraph("b", "score: Int");
        Path out = dir.resolve("supergraph.graphql");

        NodeCompose.Result result = NodeCompose.run("--config", list().toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        Supergraph supergraph = Supergraph.read(out);
        assertThat(supergraph.graphs()).containsExactly(
                new Supergraph.JoinGraph("A", "a", "http://127.0.0.1:5001/graphql"),
                new Supergraph.JoinGraph("B", "b", "http://127.0.0.1:5002/graphql"));
        assertThat(supergraph.toGraphQLSchema().getObjectType("Thing").getFieldDefinition("score")).isNotNull();
    }

    @Test
    void failsWithTheCompositionErrorsAndExitCodeOne() throws Exception {
        subgraph("a", "name: String");
        subgraph("b", "name: Int");

        NodeCompose.Result result = NodeCompose.run("--config", list().toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("composition failed")
                .contains("[FIELD_TYPE_MISMATCH]").contains("Thing.name")
                .contains("[INVALID_FIELD_SHARING]");
    }

    @Test
    void aMissingSdlOrAnUnknownArgumentIsExitCodeTwo() throws Exception {
        subgraph("a", "name: String");

        NodeCompose.Result missing = NodeCompose.run("--config", list().toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("subgraph \"b\"").contains("b.graphqls");

        NodeCompose.Result unknown = NodeCompose.run("--bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("unknown argument --bogus").contains("usage:");
    }
}
