package gg.arena.schema;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed supergraph parses, names our four subgraphs with their URLs, and is a valid schema. */
class SupergraphWellFormedTest {

    private final Supergraph supergraph = Supergraph.read(RepositoryFiles.supergraph());

    @Test
    void namesTheFourSubgraphsWithTheirRoutingUrls() {
        assertThat(supergraph.graphs()).containsExactlyInAnyOrder(
                new Supergraph.JoinGraph("PLAYERS", "players", "http://127.0.0.1:4001/graphql"),
                new Supergraph.JoinGraph("MATCHES", "matches", "http://127.0.0.1:4002/graphql"),
                new Supergraph.JoinGraph("STORE", "store", "http://127.0.0.1:4003/graphql"),
                new Supergraph.JoinGraph("SOCIAL", "social", "http://127.0.0.1:4004/graphql"));
    }

    @Test
    void routingUrlsAreTheOnesInTheSubgraphList() {
        SubgraphList list = SubgraphList.load(RepositoryFiles.subgraphList());
        List<String> fromSupergraph = supergraph.graphs().stream().map(g -> g.name() + " " + g.url()).toList();
        List<String> fromList = list.subgraphs().stream().map(s -> s.name() + " " + s.routingUrl()).toList();
        assertThat(fromSupergraph).containsExactlyInAnyOrderElementsOf(fromList);
    }

    @Test
    void buildsAsASchemaWithoutExecution() {
        GraphQLSchema schema = supergraph.toGraphQLSchema();

        assertThat(schema.getQueryType().getFieldDefinition("player")).isNotNull();
        assertThat(schema.getMutationType().getFieldDefinition("purchase")).isNotNull();
        assertThat(((GraphQLEnumType) schema.getType("join__Graph")).getValues()).hasSize(4);
        assertThat(schema.getType("join__FieldSet")).isNotNull();
        assertThat(schema.getType("link__Import")).isNotNull();
        assertThat(schema.getDirective("join__field")).isNotNull();
        // Player is an entity of every subgraph; its fields come from all four.
        GraphQLObjectType player = (GraphQLObjectType) schema.getType("Player");
        assertThat(player.getAppliedDirectives("join__type")).hasSize(4);
        assertThat(player.getFieldDefinitions()).extracting(f -> f.getName())
                .contains("handle", "rating", "matchHistory", "wallet", "friends");
    }
}
