package gg.arena.schema.compose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each composition error names its code, the subgraph(s), the type or field, and a fix. */
class CompositionErrorsTest {

    @Test
    void conflictingFieldTypes() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Int } type Thing @key(fields: \"id\") { id: ID! size: Int @shareable }",
                "b", "type Query { b: Int } type Thing @key(fields: \"id\") { id: ID! size: String @shareable }");

        assertThat(result.composed()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("FIELD_TYPE_MISMATCH");
            assertThat(e.message()).contains("\"Thing.size\"", "\"Int\" in \"a\"", "\"String\" in \"b\"", "Make the types the same");
        });
    }

    @Test
    void listAgainstSingleValueIsAConflictToo() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { tags: [String] @shareable }",
                "b", "type Query { tags: String @shareable }");

        assertThat(result.errors()).extracting(CompositionError::code).containsExactly("FIELD_TYPE_MISMATCH");
    }

    @Test
    void conflictingArgumentTypes() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { top(first: Int): [String] @shareable }",
                "b", "type Query { top(first: String): [String] @shareable }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("FIELD_ARGUMENT_TYPE_MISMATCH");
            assertThat(e.message()).contains("argument \"first\" of field \"Query.top\"", "\"a\"", "\"b\"");
        });
    }

    @Test
    void requiredArgumentMissingInAnotherSubgraph() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { top(first: Int!): [String] @shareable }",
                "b", "type Query { top: [String] @shareable }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("REQUIRED_ARGUMENT_MISSING_IN_SOME_SUBGRAPH");
            assertThat(e.message()).contains("required in \"a\"", "missing in \"b\"");
        });
    }

    @Test
    void nonShareableFieldResolvedByTwoSubgraphs() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Query { b: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("INVALID_FIELD_SHARING");
            assertThat(e.message()).contains("\"Thing.name\"", "\"a\", \"b\"", "@shareable");
        });
    }

    @Test
    void keyFieldsThatDoNotExist() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"uid\") { id: ID! }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("KEY_INVALID_FIELDS");
            assertThat(e.message()).contains("subgraph \"a\"", "@key(fields: \"uid\")", "\"Thing.uid\"", "Add the field");
        });
    }

    @Test
    void nestedKeyFieldsThatDoNotExist() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"owner { uid }\") { owner: Owner! } type Owner { id: ID! }");

        assertThat(result.errors()).extracting(CompositionError::code).containsExactly("KEY_INVALID_FIELDS");
        assertThat(result.errors().getFirst().message()).contains("\"Owner.uid\"");
    }

    @Test
    void requiresOnAFieldThatIsNotExternal() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! weight: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int shipping: Int @requires(fields: \"weight\") }");

        assertThat(result.errors()).extracting(CompositionError::code)
                .contains("REQUIRES_FIELDS_MISSING_EXTERNAL");
        assertThat(result.errors()).filteredOn(e -> e.code().equals("REQUIRES_FIELDS_MISSING_EXTERNAL"))
                .singleElement().satisfies(e -> assertThat(e.message())
                        .contains("subgraph \"b\"", "\"Thing.shipping\"", "\"Thing.weight\"", "Mark \"Thing.weight\" @external"));
    }

    @Test
    void providesOnAFieldThatIsNotExternal() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @shareable }",
                "b", "type Query { b: Thing @provides(fields: \"name\") } type Thing @key(fields: \"id\") { id: ID! name: String @shareable }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("PROVIDES_FIELDS_MISSING_EXTERNAL");
            assertThat(e.message()).contains("subgraph \"b\"", "\"Query.b\"", "\"Thing.name\"");
        });
    }

    @Test
    void requiresOfAFieldTheTypeDoesNotHave() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! shipping: Int @requires(fields: \"weight\") }");

        assertThat(result.errors()).extracting(CompositionError::code).containsExactly("REQUIRES_INVALID_FIELDS");
    }

    @Test
    void externalFieldNothingUses() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @external price: Int }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("EXTERNAL_UNUSED");
            assertThat(e.message()).contains("\"Thing.name\"", "subgraph \"b\"", "remove the field");
        });
    }

    @Test
    void overrideFromItsOwnSubgraph() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("OVERRIDE_FROM_SELF_ERROR");
            assertThat(e.message()).contains("\"Thing.name\"", "subgraph \"a\"");
        });
    }

    @Test
    void overrideOfAFieldTheSourceOverridesItself() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"b\") }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") }");

        assertThat(result.errors()).extracting(CompositionError::code).contains("OVERRIDE_SOURCE_HAS_OVERRIDE");
        assertThat(result.errors()).filteredOn(e -> e.code().equals("OVERRIDE_SOURCE_HAS_OVERRIDE"))
                .allSatisfy(e -> assertThat(e.message()).contains("\"Thing.name\"", "Only one", "remove"));
    }

    @Test
    void overrideTogetherWithExternal() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @external @override(from: \"a\") other: Int @requires(fields: \"name\") }");

        assertThat(result.errors()).extracting(CompositionError::code).contains("OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE");
    }

    @Test
    void twoSubgraphsOverridingTheSameField() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") }",
                "c", "type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") }");

        assertThat(result.errors()).extracting(CompositionError::code).contains("OVERRIDE_SOURCE_HAS_OVERRIDE");
        assertThat(result.errors().getFirst().message()).contains("\"Thing.name\"", "\"b\", \"c\"", "Only one @override");
    }

    @Test
    void enumUsedAsInputAndOutputMustMatch() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a(c: Color): Color } enum Color { RED GREEN }",
                "b", "type Query { b: Color } enum Color { RED BLUE }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("ENUM_VALUE_MISMATCH");
            assertThat(e.message()).contains("\"Color\"", "\"GREEN\" is only in \"a\"", "\"BLUE\" is only in \"b\"");
        });
    }

    @Test
    void requiredInputFieldMissingInAnotherSubgraph() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a(f: Filter): Int } input Filter { name: String! }",
                "b", "type Query { b(f: Filter): Int } input Filter { size: Int }");

        assertThat(result.errors()).extracting(CompositionError::code)
                .contains("REQUIRED_INPUT_FIELD_MISSING_IN_SOME_SUBGRAPH");
    }

    @Test
    void typeKindMismatch() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing { id: ID }",
                "b", "type Query { b: Thing } interface Thing { id: ID }");

        assertThat(result.errors()).extracting(CompositionError::code).contains("TYPE_KIND_MISMATCH");
    }

    @Test
    void invalidSdl() {
        CompositionResult result = Subgraphs.compose("a", "type Query { a: }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("INVALID_GRAPHQL");
            assertThat(e.message()).contains("subgraph \"a\"");
        });
    }

    @Test
    void fieldOnlyBehindAnUnresolvableKeyIsUnsatisfiable() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Thing @key(fields: \"id\", resolvable: false) { id: ID! price: Int }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("SATISFIABILITY_ERROR");
            assertThat(e.message()).contains("\"Thing.price\"", "along Query.a (a)", "from subgraph \"a\"",
                    "\"b\", which resolves it, cannot be reached", "Add such a @key to \"Thing\" in \"b\"");
        });
    }

    @Test
    void keyTheReachingSubgraphCannotProvideIsUnsatisfiable() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"sku\") { sku: String! price: Int }");

        assertThat(result.errors()).extracting(CompositionError::code).containsOnly("SATISFIABILITY_ERROR");
        assertThat(result.errors()).extracting(CompositionError::message).anyMatch(m -> m.contains("\"Thing.price\""));
    }

    @Test
    void keyJumpsChainThroughAThirdSubgraph() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") @key(fields: \"sku\") { id: ID! sku: String! }",
                "c", "type Thing @key(fields: \"sku\") { sku: String! price: Int }");

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void externalFieldNoSubgraphResolves() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external shipping: Int @requires(fields: \"weight\") }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("EXTERNAL_MISSING_ON_BASE");
            assertThat(e.message()).contains("\"Thing.weight\"", "\"b\"", "no subgraph resolves it");
        });
    }

    @Test
    void valueTypeFieldsOnlyOneSubgraphResolvesAreUnsatisfiableFromTheOther() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Box } type Box { size: Int }",
                "b", "type Query { b: Box } type Box { weight: Int }");

        assertThat(result.errors()).extracting(CompositionError::code).containsOnly("SATISFIABILITY_ERROR");
        assertThat(result.errors()).extracting(CompositionError::message)
                .anyMatch(m -> m.contains("\"Box.size\"") && m.contains("along Query.b (b)"))
                .anyMatch(m -> m.contains("\"Box.weight\"") && m.contains("along Query.a (a)"));
    }

    @Test
    void subscriptionFieldsCannotBeShared() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Int } type Subscription { tick: Int @shareable }",
                "b", "type Query { b: Int } type Subscription { tick: Int @shareable }");

        assertThat(result.errors()).extracting(CompositionError::code).containsOnly("INVALID_FIELD_SHARING");
        assertThat(result.errors().getFirst().message()).contains("\"Subscription.tick\"", "subgraph \"a\"", "Remove @shareable");
    }

    @Test
    void argumentDefaultsThatDiffer() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { top(first: Int = 10): [Int] @shareable }",
                "b", "type Query { top(first: Int = 20): [Int] @shareable }");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("FIELD_ARGUMENT_DEFAULT_MISMATCH");
            assertThat(e.message()).contains("\"Query.top\"", "default 10 in \"a\"", "default 20 in \"b\"");
        });
    }

    @Test
    void keyFieldsExternalInTheReachingSubgraphCannotBeJumpedFrom() {
        CompositionResult result = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Query { b: Thing } type Thing @key(fields: \"id\") { id: ID! @external extra: Int }");

        assertThat(result.errors()).extracting(CompositionError::code).containsOnly("SATISFIABILITY_ERROR");
        assertThat(result.errors().getFirst().message()).contains("\"Thing.id\"", "along Query.b (b)");
    }
}
