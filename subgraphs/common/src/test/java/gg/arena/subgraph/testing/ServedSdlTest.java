package gg.arena.subgraph.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sample schema lives outside {@code schema/}: this test-jar is on every subgraph's classpath, whose schema is {@code schema/**}. */
class ServedSdlTest {

    private static final String SERVED = """
            schema @link(import : ["@key"], url : "https://specs.apollo.dev/federation/v2.5") { query: Query }
            directive @key(fields: federation__FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            scalar federation__FieldSet
            scalar _Any
            union _Entity = Player
            type _Service { sdl: String }
            enum ErrorType { BAD_REQUEST }
            type Query {
              _entities(representations: [_Any!]!): [_Entity]!
              _service: _Service!
              player(id : ID!): Player
            }
            type Player @key(fields : "id", resolvable : true) { handle: String! id: ID! }
            """;

    @Test
    void whatTheLibrariesAddAndHowTheyPrintIsNoDifference() {
        assertThat(ServedSdl.differences(SERVED, "served-sdl/sample.graphqls")).isEmpty();
    }

    @Test
    void aFieldOrTypeThatDriftedIsNamed() {
        String drifted = SERVED.replace("handle: String!", "handle: String").replace("type _Service", "type Extra { a: Int }\ntype _Service");
        assertThat(ServedSdl.differences(drifted, "served-sdl/sample.graphqls")).containsExactlyInAnyOrder(
                "Player: 'handle: String!' is in served-sdl/sample.graphqls but not served",
                "Player: 'handle: String' is served but not in served-sdl/sample.graphqls",
                "type Extra is served but not in served-sdl/sample.graphqls");
    }
}
