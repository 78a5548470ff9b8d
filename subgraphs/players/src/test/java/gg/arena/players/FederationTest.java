package gg.arena.players;

import gg.arena.subgraph.testing.ServedSdl;
import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.subgraph.demo.DemoWorld;
import graphql.language.Directive;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the router relies on: the subgraph SDL and batched Player entity resolution. */
class FederationTest extends HttpTestBase {

    private static final String ENTITIES = """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) { ... on Player { id handle rating email } }
            }""";

    @Test
    void theServiceSdlDeclaresThePlayerKey() {
        String sdl = graphql.post("{ _service { sdl } }").ok().string("/_service/sdl");
        assertThat(ServedSdl.differences(sdl, "schema/players.graphqls")).as("served SDL vs its file").isEmpty();

        // graphql-java prints arguments as `fields : "id"`; compare the parsed directive, not the spacing.
        ObjectTypeDefinition player = Parser.parse(sdl).getDefinitionsOfType(ObjectTypeDefinition.class).stream()
                .filter(type -> type.getName().equals("Player"))
                .findFirst()
                .orElseThrow();
        Directive key = player.getDirectives("key").getFirst();
        assertThat(((StringValue) key.getArgument("fields").getValue()).getValue()).isEqualTo("id");
        assertThat(sdl.replace(" : ", ": ")).contains("type Player @key(fields: \"id\"");
        assertThat(player.getFieldDefinitions().stream().filter(f -> f.getName().equals("email")).findFirst().orElseThrow()
                .hasDirective("inaccessible")).isTrue();
    }

    @Test
    void hundredRepresentationsAreOneSelect() {
        List<Map<String, String>> representations = new ArrayList<>();
        for (int n = 100; n >= 1; n--) {
            representations.add(Map.of("__typename", "Player", "id", DemoWorld.playerId(n)));
        }
        statements.reset();

        GraphQlHttp.Result result = graphql.post(ENTITIES, Map.of("representations", representations)).ok();

        JsonNode entities = result.data("/_entities");
        assertThat(entities.size()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            int n = 100 - i;
            assertThat(entities.get(i).path("id").asString()).isEqualTo(DemoWorld.playerId(n));
            assertThat(entities.get(i).path("rating").asInt()).isEqualTo(DemoWorld.rating(n));
        }
        assertThat(statements.statementsMentioning("player")).hasSize(1);
        assertThat(statements.statements()).hasSize(1);
    }

    @Test
    void unknownRepresentationsAreNullAndTheRestResolve() {
        List<Map<String, String>> representations = List.of(
                Map.of("__typename", "Player", "id", "p-0010"),
                Map.of("__typename", "Player", "id", "p-does-not-exist"),
                Map.of("__typename", "Player", "id", "p-0011"));

        GraphQlHttp.Result result = graphql.post(ENTITIES, Map.of("representations", representations)).ok();

        assertThat(result.string("/_entities/0/id")).isEqualTo("p-0010");
        assertThat(result.data("/_entities/1").isNull()).isTrue();
        assertThat(result.string("/_entities/2/id")).isEqualTo("p-0011");
    }

    @Test
    void emailIsServedToTheRouterThoughHiddenFromClients() {
        GraphQlHttp.Result result = graphql.post(ENTITIES,
                Map.of("representations", List.of(Map.of("__typename", "Player", "id", "p-0001")))).ok();

        assertThat(result.string("/_entities/0/email")).isEqualTo(DemoWorld.handle(1) + "@players.example.com");
    }
}
