package gg.arena.schema.compose;

import gg.arena.schema.ApiSchema;
import gg.arena.schema.SubgraphList;
import gg.arena.schema.Supergraph;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Our four subgraphs composed in Java give the API schema of the committed supergraph. */
class ComposeArenaTest {

    private static final Path ROOT = root();

    private final String composed = Composer.compose(SubgraphSource.readAll(
            SubgraphList.load(ROOT.resolve("schema/subgraphs.yaml")))).supergraphOrThrow();

    @Test
    void apiSchemaEqualsTheOneOfTheCommittedSupergraph() {
        String committed = ApiSchema.fromSupergraph(Supergraph.read(ROOT.resolve("schema/supergraph.graphql"))).sdl();
        assertThat(ApiSchema.fromSupergraph(composed).sdl()).isEqualTo(committed);
    }

    @Test
    void supergraphBuildsWithTheJoinDirectivesARouterReads() {
        Supergraph supergraph = Supergraph.parse(composed);
        assertThat(supergraph.graphs()).extracting(Supergraph.JoinGraph::name)
                .containsExactly("matches", "players", "social", "store");
        GraphQLSchema schema = supergraph.toGraphQLSchema();
        GraphQLObjectType player = (GraphQLObjectType) schema.getType("Player");
        assertThat(player.getAppliedDirectives("join__type")).hasSize(4);
        Object requires = player.getFieldDefinition("regionChannel").getAppliedDirective("join__field")
                .getArgument("requires").getValue();
        assertThat(requires).isEqualTo("region");
        assertThat(player.getFieldDefinition("handle").getAppliedDirectives("join__field")).hasSize(2);
        assertThat(composed).contains("@join__field(graph: SOCIAL, external: true)",
                "@join__type(graph: SOCIAL, key: \"sku\", resolvable: false)",
                "@join__unionMember(graph: STORE, member: \"PurchaseSuccess\")",
                "@join__field(graph: SOCIAL, provides: \"handle\")",
                "https://specs.apollo.dev/join/v0.5");
    }

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("schema/subgraphs.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no schema/subgraphs.yaml above the working folder");
    }
}
