package gg.arena.players.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.apollographql.federation.graphqljava.Federation;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operation players sends to matches is valid against the matches SDL (the file the matches
 * subgraph serves), and the client reads the answer's shape.
 */
class MatchesFeedQueryTest {

    private static final Path MATCHES_SDL = Path.of("../matches/src/main/resources/schema/matches.graphqls");

    @Test
    void theQueryIsValidAgainstTheMatchesSchema() throws Exception {
        GraphQLScalarType dateTime = GraphQLScalarType.newScalar().name("DateTime")
                .coercing(new graphql.schema.Coercing<Object, Object>() {}).build();
        GraphQLSchema schema = Federation.transform(Files.readString(MATCHES_SDL),
                        RuntimeWiring.newRuntimeWiring().scalar(dateTime)
                                .type("MatchEvent", type -> type.typeResolver(env -> null)).build())
                .fetchEntities(env -> List.of())
                .resolveEntityType(env -> null)
                .build();
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema, ExecutionInput.newExecutionInput()
                .query(MatchesClient.QUERY).variables(Map.of("after", 0, "first", 10)).build());
        assertThat(result.getErrors()).as("validation errors").isEmpty();
        // and a query the schema does not have would be caught
        assertThat(ParseAndValidate.parseAndValidate(schema, ExecutionInput.newExecutionInput()
                .query("{ endedMatchesSince(after: 0) { nope } }").build()).getErrors()).isNotEmpty();
    }

    @Test
    void anAnswerIsReadIntoResultsAndErrorsFailTheRead() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<MatchResult> results = MatchesClient.parse(json.readTree("""
                {"data":{"endedMatchesSince":[{"sequence":7,"match":{"id":"m-1","participants":[
                  {"team":1,"score":3,"player":{"id":"p-1"}},{"team":2,"score":0,"player":{"id":"p-2"}}]}}]}}"""));
        assertThat(results).containsExactly(new MatchResult("m-1", 7,
                List.of(new MatchResult.Line("p-1", 1, 3), new MatchResult.Line("p-2", 2, 0))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MatchesClient.parse(json.readTree(
                "{\"errors\":[{\"message\":\"boom\"}],\"data\":null}"))).hasMessageContaining("boom");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MatchesClient.parse(json.readTree("{}")))
                .hasMessageContaining("missing");
    }
}
