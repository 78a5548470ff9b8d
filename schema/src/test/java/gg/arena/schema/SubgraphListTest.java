package gg.arena.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubgraphListTest {

    @Test
    void listsTheFourSubgraphsWithTheSdlTheyServe() {
        SubgraphList list = SubgraphList.load(RepositoryFiles.subgraphList());
        Path root = RepositoryFiles.root();

        assertThat(list.subgraphs()).extracting(SubgraphList.Subgraph::name)
                .containsExactly("players", "matches", "store", "social");
        for (SubgraphList.Subgraph subgraph : list.subgraphs()) {
            String name = subgraph.name();
            // One source of truth: the file each subgraph serves from its classpath, not a copy.
            assertThat(subgraph.sdlFile())
                    .isEqualTo(root.resolve("subgraphs/" + name + "/src/main/resources/schema/" + name + ".graphqls"))
                    .isRegularFile();
        }
        assertThat(list.routingUrls()).containsEntry("players", "http://127.0.0.1:4001/graphql")
                .containsEntry("matches", "http://127.0.0.1:4002/graphql")
                .containsEntry("store", "http://127.0.0.1:4003/graphql")
                .containsEntry("social", "http://127.0.0.1:4004/graphql");
    }

    @Test
    void rejectsAnUnknownKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("subgraphs.yaml");
        Files.writeString(file, """
                subgraphs:
                  players:
                    routing_url: http://127.0.0.1:4001/graphql
                    routingUrl: typo
                    schema:
                      file: players.graphqls
                """);
        assertThatThrownBy(() -> SubgraphList.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("routingUrl");
    }

    @Test
    void rejectsASubgraphWithoutSchemaFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("subgraphs.yaml");
        Files.writeString(file, """
                subgraphs:
                  players:
                    routing_url: http://127.0.0.1:4001/graphql
                """);
        assertThatThrownBy(() -> SubgraphList.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("players").hasMessageContaining("schema.file");
    }

    @Test
    void resolvesSdlPathsAgainstTheListsFolder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("conf/subgraphs.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                subgraphs:
                  a:
                    routing_url: http://a/graphql
                    schema:
                      file: ../sdl/a.graphqls
                """);
        assertThat(SubgraphList.load(file).get("a").sdlFile()).isEqualTo(dir.resolve("sdl/a.graphqls"));
    }
}
