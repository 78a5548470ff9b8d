package gg.arena.router.api;

import gg.arena.router.testing.Fixtures;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLObjectType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSchemaTest {
    static ApiSchema arena;
    static ApiSchema bench;

    @BeforeAll
    static void load() throws Exception {
        arena = ApiSchema.of(Fixtures.supergraph("arena"));
        bench = ApiSchema.of(Fixtures.supergraph("bench"));
    }

    private static ParseAndValidateResult validate(ApiSchema api, String query) {
        return ParseAndValidate.parseAndValidate(api.schema(), ExecutionInput.newExecutionInput(query).build());
    }

    @Test
    void federationMachineryIsNotPartOfTheApi() {
        assertThat(arena.schema().getType("join__Graph")).isNull();
        assertThat(arena.schema().getType("link__Purpose")).isNull();
        assertThat(arena.schema().getType("join__FieldSet")).isNull();
        assertThat(arena.schema().getDirective("join__type")).isNull();
        assertThat(arena.schema().getDirective("inaccessible")).isNull();
        assertThat(arena.schema().getType("Player")).isNotNull();
    }

    @Test
    void inaccessibleFieldsAreRemovedAndRejected() {
        GraphQLObjectType player = (GraphQLObjectType) arena.schema().getType("Player");
        assertThat(player.getFieldDefinition("email")).isNull();
        assertThat(player.getFieldDefinition("handle")).isNotNull();
        assertThat(validate(arena, "{ player(id: \"p-0001\") { email } }").getErrors()).isNotEmpty();
        assertThat(validate(arena, "{ item(sku: \"SKU-0001\") { unitCost } }").getErrors()).isNotEmpty();
        assertThat(validate(arena, "{ player(id: \"p-0001\") { handle } }").getErrors()).isEmpty();
    }

    @Test
    void introspectionIsAnsweredFromTheApiSchema() {
        Document doc = Parser.parse("{ __type(name: \"Player\") { name fields { name } } }");
        Map<String, Object> data = arena.introspect(doc, null, Map.of());
        assertThat(data.toString()).contains("handle").doesNotContain("email");
        Map<String, Object> schema = bench.introspect(Parser.parse("{ __schema { queryType { name } } }"), null,
                Map.of());
        assertThat(schema.toString()).contains("Query");
    }
}
