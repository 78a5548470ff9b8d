package gg.arena.schema;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSchemaTest {

    private final ApiSchema api = ApiSchema.fromSupergraph(resource("/inaccessible-supergraph.graphql"));
    private final GraphQLSchema schema = api.schema();

    @Test
    void dropsInaccessibleFieldsAndKeepsTheOthers() {
        GraphQLObjectType hero = (GraphQLObjectType) schema.getType("Hero");
        assertThat(hero.getFieldDefinitions()).extracting(GraphQLFieldDefinition::getName)
                .containsExactly("id", "name", "role");
        assertThat(schema.getQueryType().getFieldDefinitions()).extracting(GraphQLFieldDefinition::getName)
                .containsExactly("hero", "heroes", "search", "oldHero");
    }

    @Test
    void dropsInaccessibleEnumValuesAndKeepsTheOthers() {
        GraphQLEnumType role = (GraphQLEnumType) schema.getType("Role");
        assertThat(role.getValues()).extracting(GraphQLEnumValueDefinition::getName)
                .containsExactly("TANK", "HEALER");
    }

    @Test
    void dropsInaccessibleArgumentsInputFieldsAndTypes() {
        assertThat(schema.getQueryType().getFieldDefinition("hero").getArguments())
                .extracting(a -> a.getName()).containsExactly("id");
        assertThat(((GraphQLInputObjectType) schema.getType("HeroFilter")).getFieldDefinitions())
                .extracting(f -> f.getName()).containsExactly("role");
        assertThat(schema.getType("Stats")).isNull();
        assertThat(schema.getType("Audited")).isNull();
        assertThat(((GraphQLUnionType) schema.getType("SearchResult")).getTypes())
                .extracting(GraphQLNamedType::getName).containsExactly("Hero", "Villain");
        assertThat(((GraphQLObjectType) schema.getType("Hero")).getInterfaces())
                .extracting(GraphQLNamedType::getName).containsExactly("Node");
    }

    @Test
    void dropsTheFederationMachinery() {
        assertThat(schema.getAllTypesAsList()).extracting(GraphQLNamedType::getName)
                .noneMatch(name -> name.startsWith("join__") || name.startsWith("link__"));
        assertThat(schema.getDirectives()).extracting(d -> d.getName())
                .doesNotContain("link", "join__type", "join__field", "join__graph", "inaccessible", "tag");
        assertThat(api.sdl()).doesNotContain("@join__", "@link", "@inaccessible", "@tag", "join__Graph");
    }

    @Test
    void keepsDescriptionsDeprecationsAndOwnDirectives() {
        GraphQLFieldDefinition hero = schema.getQueryType().getFieldDefinition("hero");
        assertThat(hero.getDescription()).isEqualTo("A hero.");
        assertThat(hero.getAppliedDirective("cacheControl")).isNotNull();
        assertThat(schema.getDirective("cacheControl")).isNotNull();
        assertThat(schema.getQueryType().getFieldDefinition("oldHero").getDeprecationReason()).isEqualTo("Use hero.");
        assertThat(schema.getType("DateTime")).isNotNull();
        assertThat(schema.getType("Villain")).isNotNull();
    }

    @Test
    void apiSchemaOfTheCommittedSupergraphHidesInternalFields() {
        GraphQLSchema arena = ApiSchema.fromSupergraph(Supergraph.read(RepositoryFiles.supergraph())).schema();

        GraphQLObjectType player = (GraphQLObjectType) arena.getType("Player");
        assertThat(player.getFieldDefinition("email")).as("Player.email is @inaccessible").isNull();
        assertThat(player.getFieldDefinition("handle")).isNotNull();
        assertThat(player.getFieldDefinition("wallet")).isNotNull();
        assertThat(((GraphQLObjectType) arena.getType("Item")).getFieldDefinition("unitCost"))
                .as("Item.unitCost is @inaccessible").isNull();
        assertThat(arena.getType("join__Graph")).isNull();
        assertThat(arena.getQueryType().getFieldDefinitions()).hasSizeGreaterThan(5);
    }

    @Test
    void honoursFeaturesLinkedUnderAnotherName() {
        String sdl = """
                schema
                  @link(url: "https://specs.apollo.dev/link/v1.0")
                  @link(url: "https://specs.apollo.dev/join/v0.3", as: "j", for: EXECUTION)
                  @link(url: "https://specs.apollo.dev/inaccessible/v0.2", as: "hidden", for: SECURITY)
                { query: Query }
                directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
                directive @j__graph(name: String!, url: String!) on ENUM_VALUE
                directive @j__type(graph: j__Graph!, key: j__FieldSet) repeatable on OBJECT | SCALAR
                directive @hidden on FIELD_DEFINITION | ENUM_VALUE
                scalar link__Import
                scalar j__FieldSet
                enum link__Purpose { SECURITY EXECUTION }
                enum j__Graph { ONLY @j__graph(name: "only", url: "http://only/graphql") }
                type Query @j__type(graph: ONLY) { visible: Int secret: Int @hidden }
                """;

        assertThat(Supergraph.parse(sdl).graphs())
                .containsExactly(new Supergraph.JoinGraph("ONLY", "only", "http://only/graphql"));
        ApiSchema aliased = ApiSchema.fromSupergraph(sdl);
        assertThat(aliased.schema().getQueryType().getFieldDefinitions()).extracting(GraphQLFieldDefinition::getName)
                .containsExactly("visible");
        assertThat(aliased.sdl()).doesNotContain("j__", "link", "hidden");
    }

    private static String resource(String name) {
        try (InputStream in = ApiSchemaTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
