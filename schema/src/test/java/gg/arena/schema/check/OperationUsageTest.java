package gg.arena.schema.check;

import gg.arena.schema.ApiSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operation uses, through fragments, inline fragments, arguments and variables. */
class OperationUsageTest {

    private static final String SCHEMA = """
            type Query { player(id: ID!): Player search(filter: Filter): [Result] }
            type Mutation { rename(id: ID!, handle: String!): Player }
            type Player { id: ID! handle: String! stats: Stats }
            type Stats { wins: Int }
            type Team { name: String }
            union Result = Player | Team
            input Filter { text: String region: Region }
            enum Region { NA EU }
            """;

    @Test
    void fieldsAndTypesThroughFragmentsAndVariables() {
        List<OperationUsage> usages = OperationUsage.of("ops.graphql", """
                query Profile($id: ID!) { player(id: $id) { ...PlayerBits } }
                fragment PlayerBits on Player { handle stats { wins } }
                query Search($f: Filter) { search(filter: $f) { ... on Team { name } } }
                mutation Rename { rename(id: "p-1", handle: "x") { id } }
                """, ApiSchema.fromSupergraph(SCHEMA).schema());

        assertThat(usages).extracting(OperationUsage::operation).containsExactly("Profile", "Search", "Rename");
        assertThat(usages.get(0).uses()).contains("Query.player", "Player.handle", "Stats.wins", "Stats", "ID")
                .doesNotContain("Player.id", "Team.name");
        assertThat(usages.get(1).uses()).contains("Query.search", "Filter", "Region", "Team", "Team.name", "Result");
        assertThat(usages.get(2).uses()).contains("Mutation.rename", "Player.id").doesNotContain("Player.handle");
    }
}
