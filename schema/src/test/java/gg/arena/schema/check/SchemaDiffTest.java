package gg.arena.schema.check;

import gg.arena.schema.ApiSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change class of the schema check, with its severity. */
class SchemaDiffTest {

    private static final String BASE = """
            type Query {
              player(id: ID!, region: Region): Player
              top(first: Int = 10): [Player!]!
              search(filter: Filter): [Result]
              nickname: String
            }
            type Player implements Node { id: ID! handle: String! rating: Int region: Region }
            interface Node { id: ID! }
            type Team { id: ID! }
            union Result = Player | Team
            enum Region { NA EU ASIA }
            input Filter { text: String! limit: Int }
            type Unused { x: Int }
            """;

    @Test
    void identicalSchemasHaveNoChange() {
        assertThat(diff(BASE, BASE)).isEmpty();
    }

    @Test
    void removedTypeFieldAndEnumValueAreBreaking() {
        assertThat(only(BASE, BASE.replace("type Unused { x: Int }", ""))).isEqualTo("BREAKING TYPE_REMOVED Unused");
        assertThat(only(BASE, BASE.replace(" rating: Int", ""))).isEqualTo("BREAKING FIELD_REMOVED Player.rating");
        assertThat(only(BASE, BASE.replace("NA EU ASIA", "NA EU"))).isEqualTo("BREAKING ENUM_VALUE_REMOVED Region.ASIA");
    }

    @Test
    void addedTypeFieldAndOptionalArgumentAreSafe() {
        assertThat(only(BASE, BASE + "type Extra { y: Int }")).isEqualTo("SAFE TYPE_ADDED Extra");
        assertThat(only(BASE, BASE.replace("rating: Int", "rating: Int level: Int"))).isEqualTo("SAFE FIELD_ADDED Player.level");
        assertThat(only(BASE, BASE.replace("top(first: Int = 10)", "top(first: Int = 10, after: String)")))
                .isEqualTo("SAFE OPTIONAL_ARGUMENT_ADDED Query.top(after:)");
    }

    @Test
    void addedRequiredArgumentIsBreaking() {
        assertThat(only(BASE, BASE.replace("top(first: Int = 10)", "top(first: Int = 10, season: Int!)")))
                .isEqualTo("BREAKING REQUIRED_ARGUMENT_ADDED Query.top(season:)");
    }

    @Test
    void removedArgumentAndChangedArgumentTypeAreBreaking() {
        assertThat(only(BASE, BASE.replace("player(id: ID!, region: Region)", "player(id: ID!)")))
                .isEqualTo("BREAKING ARGUMENT_REMOVED Query.player(region:)");
        assertThat(only(BASE, BASE.replace("player(id: ID!, region: Region)", "player(id: String!, region: Region)")))
                .isEqualTo("BREAKING ARGUMENT_TYPE_CHANGED Query.player(id:)");
    }

    @Test
    void nullabilityOfOutputs() {
        assertThat(only(BASE, BASE.replace("handle: String!", "handle: String")))
                .isEqualTo("BREAKING FIELD_MADE_NULLABLE Player.handle");
        assertThat(only(BASE, BASE.replace("nickname: String", "nickname: String!")))
                .isEqualTo("SAFE FIELD_TYPE_NARROWED Query.nickname");
        assertThat(only(BASE, BASE.replace("[Player!]!", "[Player]!")))
                .isEqualTo("BREAKING FIELD_TYPE_CHANGED Query.top");
        assertThat(only(BASE, BASE.replace("rating: Int", "rating: Float")))
                .isEqualTo("BREAKING FIELD_TYPE_CHANGED Player.rating");
    }

    @Test
    void nullabilityOfInputs() {
        assertThat(only(BASE, BASE.replace("player(id: ID!,", "player(id: ID,")))
                .isEqualTo("SAFE INPUT_MADE_OPTIONAL Query.player(id:)");
        assertThat(only(BASE, BASE.replace("player(id: ID!, region: Region)", "player(id: ID!, region: Region!)")))
                .isEqualTo("BREAKING INPUT_MADE_REQUIRED Query.player(region:)");
        assertThat(only(BASE, BASE.replace("limit: Int }", "limit: Int! }")))
                .isEqualTo("BREAKING INPUT_MADE_REQUIRED Filter.limit");
        assertThat(only(BASE, BASE.replace("text: String!", "text: String")))
                .isEqualTo("SAFE INPUT_MADE_OPTIONAL Filter.text");
    }

    @Test
    void inputFieldsAddedAndRemoved() {
        assertThat(only(BASE, BASE.replace("limit: Int }", "limit: Int season: Int! }")))
                .isEqualTo("BREAKING REQUIRED_INPUT_FIELD_ADDED Filter.season");
        assertThat(only(BASE, BASE.replace("limit: Int }", "limit: Int season: Int }")))
                .isEqualTo("SAFE OPTIONAL_INPUT_FIELD_ADDED Filter.season");
        assertThat(only(BASE, BASE.replace(" limit: Int }", " }")))
                .isEqualTo("BREAKING INPUT_FIELD_REMOVED Filter.limit");
        assertThat(only(BASE, BASE.replace(" limit: Int }", " limit: String }")))
                .isEqualTo("BREAKING INPUT_FIELD_TYPE_CHANGED Filter.limit");
    }

    @Test
    void dangerousChanges() {
        assertThat(only(BASE, BASE.replace("NA EU ASIA", "NA EU ASIA SA"))).isEqualTo("DANGEROUS ENUM_VALUE_ADDED Region.SA");
        assertThat(only(BASE, BASE.replace("Player | Team", "Player | Team | Unused")))
                .isEqualTo("DANGEROUS UNION_MEMBER_ADDED Result");
        assertThat(only(BASE, BASE.replace("first: Int = 10", "first: Int = 20")))
                .isEqualTo("DANGEROUS ARGUMENT_DEFAULT_CHANGED Query.top(first:)");
    }

    @Test
    void unionMembersInterfacesKindsAndDeprecations() {
        assertThat(only(BASE, BASE.replace("Player | Team", "Player"))).isEqualTo("BREAKING UNION_MEMBER_REMOVED Result");
        assertThat(only(BASE, BASE.replace("type Player implements Node", "type Player")))
                .isEqualTo("BREAKING INTERFACE_REMOVED Player");
        assertThat(only(BASE, BASE.replace("type Team { id: ID! }", "type Team implements Node { id: ID! }")))
                .isEqualTo("SAFE INTERFACE_ADDED Team");
        assertThat(only(BASE, BASE.replace("type Unused { x: Int }", "input Unused { x: Int }")))
                .isEqualTo("BREAKING TYPE_KIND_CHANGED Unused");
        assertThat(only(BASE, BASE.replace("rating: Int", "rating: Int @deprecated(reason: \"gone soon\")")))
                .isEqualTo("SAFE FIELD_DEPRECATED Player.rating");
        assertThat(only(BASE, BASE.replace("NA EU ASIA", "NA EU ASIA @deprecated")))
                .isEqualTo("SAFE ENUM_VALUE_DEPRECATED Region.ASIA");
    }

    private static List<SchemaChange> diff(String before, String after) {
        return SchemaDiff.between(ApiSchema.fromSupergraph(before).schema(), ApiSchema.fromSupergraph(after).schema());
    }

    private static String only(String before, String after) {
        List<SchemaChange> changes = diff(before, after);
        assertThat(changes).hasSize(1);
        SchemaChange change = changes.getFirst();
        return change.severity() + " " + change.kind() + " " + change.coordinate();
    }
}
