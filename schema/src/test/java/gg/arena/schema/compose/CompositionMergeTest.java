package gg.arena.schema.compose;

import gg.arena.schema.ApiSchema;
import gg.arena.schema.Supergraph;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Federation 2 merge rules and the join directives they produce. */
class CompositionMergeTest {

    @Test
    void outputTypesMergeToTheNullableOneAndRecordTheSubgraphType() {
        String sdl = Subgraphs.compose(
                "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String! @shareable }",
                "b", "type Query { b: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @shareable }")
                .supergraphOrThrow();

        GraphQLSchema api = ApiSchema.fromSupergraph(sdl).schema();
        assertThat(GraphQLTypeUtil.simplePrint(((GraphQLObjectType) api.getType("Thing")).getFieldDefinition("name").getType()))
                .isEqualTo("String");
        assertThat(sdl).contains("@join__field(graph: A, type: \"String!\")", "@join__field(graph: B)");
    }

    @Test
    void outputTypeMergesToTheInterfaceAnImplementationBelongsTo() {
        String sdl = Subgraphs.compose(
                "a", "type Query { pet: Animal @shareable } interface Animal { name: String } type Dog implements Animal { name: String @shareable }",
                "b", "type Query { pet: Dog @shareable } interface Animal { name: String } type Dog implements Animal { name: String @shareable }")
                .supergraphOrThrow();

        assertThat(ApiSchema.fromSupergraph(sdl).schema().getQueryType().getFieldDefinition("pet").getType())
                .extracting(t -> GraphQLTypeUtil.simplePrint(t)).isEqualTo("Animal");
        assertThat(sdl).contains("@join__implements(graph: A, interface: \"Animal\")");
    }

    @Test
    void inputsIntersectAndNonNullWins() {
        String sdl = Subgraphs.compose(
                "a", "type Query { a(f: Filter, first: Int): Int } input Filter { name: String! size: Int }",
                "b", "type Query { b(f: Filter): Int } input Filter { name: String tag: String }")
                .supergraphOrThrow();

        GraphQLSchema api = ApiSchema.fromSupergraph(sdl).schema();
        GraphQLInputObjectType filter = (GraphQLInputObjectType) api.getType("Filter");
        assertThat(filter.getFieldDefinitions()).extracting(f -> f.getName()).containsExactly("name");
        assertThat(GraphQLTypeUtil.simplePrint(filter.getField("name").getType())).isEqualTo("String!");
    }

    @Test
    void argumentsAreIntersected() {
        String sdl = Subgraphs.compose(
                "a", "type Query { top(first: Int, region: String): [String] @shareable }",
                "b", "type Query { top(first: Int!): [String] @shareable }")
                .supergraphOrThrow();

        var top = ApiSchema.fromSupergraph(sdl).schema().getQueryType().getFieldDefinition("top");
        assertThat(top.getArguments()).extracting(a -> a.getName()).containsExactly("first");
        assertThat(GraphQLTypeUtil.simplePrint(top.getArgument("first").getType())).isEqualTo("Int!");
    }

    @Test
    void outputEnumsAreUnitedAndInputEnumsIntersected() {
        String sdl = Subgraphs.compose(
                "a", "type Query { a: Color a2(s: Size): Int } enum Color { RED GREEN } enum Size { S M }",
                "b", "type Query { b: Color b2(s: Size): Int } enum Color { RED BLUE } enum Size { M L }")
                .supergraphOrThrow();

        GraphQLSchema api = ApiSchema.fromSupergraph(sdl).schema();
        assertThat(((GraphQLEnumType) api.getType("Color")).getValues()).extracting(v -> v.getName())
                .containsExactly("RED", "GREEN", "BLUE");
        assertThat(((GraphQLEnumType) api.getType("Size")).getValues()).extracting(v -> v.getName())
                .containsExactly("M");
        assertThat(sdl).contains("RED @join__enumValue(graph: A) @join__enumValue(graph: B)");
    }

    @Test
    void importedDirectivesMayBeRenamedOrPrefixed() {
        String a = """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.5",
                  import: [{name: "@key", as: "@id"}, {name: "@shareable", as: "@shared"}])
                type Query { a: Thing }
                type Thing @id(fields: "id") { id: ID! name: String @shared secret: String @federation__inaccessible }
                """;
        String b = """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", as: "fed")
                type Query { b: Thing }
                type Thing @fed__key(fields: "id") { id: ID! name: String @fed__shareable }
                """;
        String sdl = Composer.compose(List.of(new SubgraphSource("a", "http://a", a), new SubgraphSource("b", "http://b", b)))
                .supergraphOrThrow();

        assertThat(sdl).contains("@join__type(graph: A, key: \"id\")", "@join__type(graph: B, key: \"id\")");
        GraphQLObjectType thing = (GraphQLObjectType) ApiSchema.fromSupergraph(sdl).schema().getType("Thing");
        assertThat(thing.getFieldDefinitions()).extracting(f -> f.getName()).containsExactly("id", "name");
    }

    @Test
    void inaccessibleTagOverrideAndUnionsAreCarriedOver() {
        String sdl = Subgraphs.compose(
                "a", "type Query { a: Thing r: Result } type Thing @key(fields: \"id\") @tag(name: \"team-a\") { id: ID! name: String } "
                        + "union Result = Thing | Other type Other { x: Int @inaccessible y: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") @tag(name: \"moved\") }")
                .supergraphOrThrow();

        assertThat(sdl).contains("@tag(name: \"team-a\")", "@join__field(graph: B, override: \"a\") @tag(name: \"moved\")",
                "@join__unionMember(graph: A, member: \"Other\")", "x: Int @inaccessible");
        assertThat(sdl).doesNotContain("@join__field(graph: A) @tag");
        Supergraph.parse(sdl).toGraphQLSchema();
        assertThat(((GraphQLObjectType) ApiSchema.fromSupergraph(sdl).schema().getType("Other")).getFieldDefinitions())
                .extracting(f -> f.getName()).containsExactly("y");
    }

    @Test
    void federation1SubgraphsCompose() {
        String players = """
                type Query { me: Player }
                type Player @key(fields: "id") { id: ID! handle: String }
                type PageInfo { hasNextPage: Boolean }
                """;
        String matches = """
                extend type Query { recent: [Match] }
                extend type Player @key(fields: "id") { id: ID! @external handle: String @external wins: Int @requires(fields: "handle") }
                type Match { winner: Player page: PageInfo }
                type PageInfo { hasNextPage: Boolean }
                """;
        String sdl = Composer.compose(List.of(new SubgraphSource("players", "http://p", players),
                new SubgraphSource("matches", "http://m", matches))).supergraphOrThrow();

        assertThat(sdl).contains("@join__type(graph: MATCHES, key: \"id\", extension: true)",
                "@join__field(graph: MATCHES, requires: \"handle\")", "@join__field(graph: MATCHES, external: true)");
        GraphQLSchema api = ApiSchema.fromSupergraph(sdl).schema();
        assertThat(api.getQueryType().getFieldDefinitions()).extracting(f -> f.getName()).containsExactlyInAnyOrder("me", "recent");
        assertThat(((GraphQLObjectType) api.getType("Player")).getFieldDefinitions()).extracting(f -> f.getName())
                .containsExactlyInAnyOrder("id", "handle", "wins");
    }

    @Test
    void interfaceObjectFieldsReachTheImplementations() {
        String a = Subgraphs.LINK + "type Query { media: [Media] } interface Media @key(fields: \"id\") { id: ID! title: String } "
                + "type Book implements Media @key(fields: \"id\") { id: ID! title: String }";
        String b = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.5\", import: [\"@key\", \"@interfaceObject\"])\n"
                + "type Media @key(fields: \"id\") @interfaceObject { id: ID! reviews: [String] }";
        String sdl = Composer.compose(List.of(new SubgraphSource("a", "http://a", a), new SubgraphSource("b", "http://b", b)))
                .supergraphOrThrow();

        assertThat(sdl).contains("interface Media @join__type(graph: A, key: \"id\") @join__type(graph: B, key: \"id\", isInterfaceObject: true)",
                "reviews: [String] @join__field(graph: B)", "reviews: [String] @join__field\n");
        assertThat(((GraphQLObjectType) ApiSchema.fromSupergraph(sdl).schema().getType("Book")).getFieldDefinition("reviews")).isNotNull();
    }
}
