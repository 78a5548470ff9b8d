package gg.arena.subgraph.errors;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ArenaDataFetcherExceptionHandlerTest {

    private static ExecutionResult run(DataFetcher<?> fetcher) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { a: String b: String }"),
                RuntimeWiring.newRuntimeWiring()
                        .type("Query", t -> t.dataFetcher("a", fetcher).dataFetcher("b", env -> "fine"))
                        .build());
        return GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new ArenaDataFetcherExceptionHandler())
                .build()
                .execute("{ a b }");
    }

    @Test
    void anArenaExceptionKeepsItsMessageAndCodeAtTheFieldPath() {
        ExecutionResult result = run(env -> {
            throw new InvalidInputException("HANDLE_INVALID", "Handles are 3 to 20 characters.");
        });
        GraphQLError error = result.getErrors().getFirst();
        assertThat(error.getMessage()).isEqualTo("Handles are 3 to 20 characters.");
        assertThat(error.getPath()).isEqualTo(List.of("a"));
        assertThat(error.getExtensions()).containsEntry("code", "HANDLE_INVALID")
                .containsEntry("classification", "BAD_REQUEST");
        assertThat(result.<Map<String, Object>>getData()).containsEntry("b", "fine");
    }

    @Test
    void anExceptionFromAFutureIsUnwrapped() {
        ExecutionResult result = run(env -> CompletableFuture.supplyAsync(() -> {
            throw new NotFoundException("PLAYER_NOT_FOUND", "No player p-9999.");
        }));
        assertThat(result.getErrors().getFirst().getExtensions()).containsEntry("code", "PLAYER_NOT_FOUND");
    }

    @Test
    void anUnexpectedExceptionNeverShowsItsTextToTheClient() {
        ExecutionResult result = run(env -> {
            throw new IllegalStateException("ERROR: relation \"players\" does not exist SELECT * FROM players");
        });
        GraphQLError error = result.getErrors().getFirst();
        assertThat(error.getMessage()).startsWith("Internal error; reference ").doesNotContain("SELECT");
        assertThat(error.getExtensions()).containsEntry("code", "INTERNAL").containsKey("reference");
        assertThat(error.getMessage()).contains((String) error.getExtensions().get("reference"));
    }
}
