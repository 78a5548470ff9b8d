package gg.arena.router.supergraph;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupergraphParserTest {
    static Supergraph load(String name) throws Exception {
        return gg.arena.router.testing.Fixtures.supergraph(name);
    }

    @Test
    void readsGraphsTypesAndFieldsOfTheBenchSupergraph() throws Exception {
        Supergraph sg = load("bench");
        assertThat(sg.graphs()).containsOnlyKeys("ACCOUNTS", "INVENTORY", "PRODUCTS", "REVIEWS");
        assertThat(sg.graph("REVIEWS").url()).isEqualTo("http://127.0.0.1:4200/reviews");
        assertThat(sg.graphsOf("Product")).containsExactly("INVENTORY", "PRODUCTS", "REVIEWS");
        assertThat(sg.resolvers("Product", "price")).containsExactly("PRODUCTS");
        assertThat(sg.requires("INVENTORY", "Product", "shippingEstimate")).isEqualTo("price weight");
        assertThat(sg.provides("REVIEWS", "Review", "author")).isEqualTo("username");
        assertThat(sg.resolves("REVIEWS", "User", "username")).isFalse();
        assertThat(sg.declares("REVIEWS", "User", "username")).isTrue();
        assertThat(sg.resolvers("User", "id")).containsExactly("ACCOUNTS", "REVIEWS");
        assertThat(sg.keys("Product", "INVENTORY")).singleElement().extracting(JoinType::key).isEqualTo("upc");
    }

    @Test
    void readsResolvableFalseKeysAndUnionMembersOfTheArenaSupergraph() throws Exception {
        Supergraph sg = load("arena");
        assertThat(sg.keys("Match", "SOCIAL")).singleElement().extracting(JoinType::resolvable).isEqualTo(false);
        assertThat(sg.possibleTypesIn("ChatAttachment", "SOCIAL")).containsExactly("Item", "Match");
        assertThat(sg.possibleTypesIn("PurchaseResult", "STORE")).hasSize(3);
        assertThat(sg.type("Region").enumValues().get("EU")).contains("PLAYERS");
    }

    @Test
    void aSyntaxErrorNamesTheLine() {
        assertThatThrownBy(() -> SupergraphParser.parse("schema @link(url: \"https://specs.apollo.dev/link/v1.0\")"
                + " { query: Query }\n\ntype Query {\n  a: \n}", "bad.graphql"))
                .isInstanceOf(SupergraphException.class).hasMessageContaining("bad.graphql:5");
    }

    @Test
    void aSchemaWithoutJoinIsNotASupergraph() {
        assertThatThrownBy(() -> SupergraphParser.parse("type Query { a: Int }", "plain.graphql"))
                .isInstanceOf(SupergraphException.class).hasMessageContaining("plain.graphql:1");
        assertThatThrownBy(() -> SupergraphParser.parse(
                "schema @link(url: \"https://specs.apollo.dev/link/v1.0\") { query: Query }\ntype Query { a: Int }",
                "nojoin.graphql")).hasMessageContaining("join");
    }

    @Test
    void anUnknownGraphNamesTheLine() {
        String sdl = """
                schema @link(url: "https://specs.apollo.dev/link/v1.0")
                  @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION) { query: Query }
                enum join__Graph { A @join__graph(name: "a", url: "http://a") }
                type Query @join__type(graph: A) {
                  a: Int @join__field(graph: B)
                }
                """;
        assertThatThrownBy(() -> SupergraphParser.parse(sdl, "s.graphql"))
                .hasMessageContaining("s.graphql:5").hasMessageContaining("unknown graph B");
    }

    @Test
    void anUnsupportedExecutionFeatureFailsStartUp() {
        String sdl = """
                schema @link(url: "https://specs.apollo.dev/link/v1.0")
                  @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION)
                  @link(url: "https://specs.apollo.dev/unknown/v0.1", for: EXECUTION) { query: Query }
                enum join__Graph { A @join__graph(name: "a", url: "http://a") }
                type Query @join__type(graph: A) { a: Int }
                """;
        assertThatThrownBy(() -> SupergraphParser.parse(sdl, "s.graphql"))
                .hasMessageContaining("s.graphql:3").hasMessageContaining("not support");
    }
}
