package gg.arena.schema.compose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Satisfiability with {@code @requires}: a field with {@code @requires(fields: …)} is reachable only when
 * the required fields can be fetched for the entity, starting from the subgraph that requires them and
 * going through key jumps.
 */
class SatisfiabilityRequiresTest {

    @Test
    void requiredFieldFromASubgraphTheRequirerReachesThroughAKeyChain() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external cost: Int @requires(fields: \"weight\") }",
                "c", "type Thing @key(fields: \"id\") @key(fields: \"sku\") { id: ID! sku: String! }",
                "d", "type Thing @key(fields: \"sku\") { sku: String! weight: Int }");

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void requiredFieldsFromTwoSubgraphsAndAChainOfRequires() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! weight: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! price: Int }",
                "c", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external price: Int @external "
                        + "total: Int @requires(fields: \"weight price\") }",
                "d", "type Thing @key(fields: \"id\") { id: ID! total: Int @external label: String @requires(fields: \"total\") }");

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void requiredFieldOnlyASubgraphTheRequirerCannotReachResolves() {
        // From "c" every field of Thing is at hand ("b" is one key jump away), but "b" needs weight, which
        // only "c" resolves, and "c"'s key is not resolvable: "b" cannot fetch it.
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external cost: Int @requires(fields: \"weight\") }",
                "c", "type Query { c: Thing } type Thing @key(fields: \"id\", resolvable: false) { id: ID! weight: Int }");

        assertThat(result.errors()).extracting(CompositionError::code).containsOnly("SATISFIABILITY_ERROR");
        assertThat(result.errors()).filteredOn(e -> e.message().startsWith("Field \"Thing.cost\"")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("along Query.a (a)",
                        "\"b\" resolves it with @requires(fields: \"weight\")",
                        "the required field \"Thing.weight\" cannot be obtained from \"b\" or \"a\"",
                        "only \"c\" resolves it, and \"b\" cannot reach it"));
    }

    @Test
    void nestedRequiredFieldNoReachableSubgraphResolves() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! dims: Dims } type Dims @shareable { w: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! dims: Dims @external area: Int @requires(fields: \"dims { w h }\") } "
                        + "type Dims @shareable { w: Int h: Int }");

        assertThat(result.errors()).filteredOn(e -> e.message().startsWith("Field \"Thing.area\"")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("along Query.a (a)",
                        "\"b\" resolves it with @requires(fields: \"dims { w h }\")",
                        "the required field \"Dims.h\" cannot be obtained from \"a\""));
    }

    @Test
    void requiresInACycleAreUnsatisfiable() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! x: Int @external y: Int @requires(fields: \"x\") }",
                "c", "type Thing @key(fields: \"id\") { id: ID! y: Int @external x: Int @requires(fields: \"y\") }");

        assertThat(result.errors()).extracting(CompositionError::code).containsOnly("SATISFIABILITY_ERROR");
        assertThat(result.errors()).extracting(CompositionError::message)
                .anyMatch(m -> m.startsWith("Field \"Thing.y\"") && m.contains("along Query.a (a)")
                        && m.contains("\"Thing.y\" requires itself in a cycle of @requires"))
                .anyMatch(m -> m.startsWith("Field \"Thing.x\""));
    }
}
