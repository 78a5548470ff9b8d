package gg.arena.social;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.social.repository.PresenceRepository;
import gg.arena.social.seed.DemoSocialData;
import gg.arena.subgraph.demo.DemoWorld;
import gg.arena.subgraph.testing.StatementCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code _entities} for Player: regionChannel from the representation, presence, friends, batching. */
@InMemoryDatabaseTest
class PlayerEntitiesTest extends GraphQlHttpTest {

    private static final String ENTITIES = """
            query($r: [_Any!]!) { _entities(representations: $r) { ... on Player { %s } } }
            """;

    @Autowired
    StatementCounter statements;

    private GraphQlResponse entities(String selection, List<Map<String, Object>> representations) {
        return graphql(ENTITIES.formatted(selection), Map.of("r", representations));
    }

    @Test
    void regionChannelIsTheLowercaseRegionOfTheRepresentation() {
        GraphQlResponse response = entities("id regionChannel", List.of(
                Map.of("__typename", "Player", "id", "p-0001", "region", "EU"),
                Map.of("__typename", "Player", "id", "p-0002", "region", "OCE"),
                Map.of("__typename", "Player", "id", "someone-new", "region", "NA"))).ok();

        assertThat(response.<List<String>>read("$.data._entities[*].regionChannel"))
                .containsExactly("region:eu", "region:oce", "region:na");
        assertThat(response.<List<String>>read("$.data._entities[*].id"))
                .containsExactly("p-0001", "p-0002", "someone-new");
    }

    @Test
    void regionChannelWithoutARegionInTheRepresentationIsAClearErrorAtItsPath() {
        GraphQlResponse response = entities("id regionChannel", List.of(
                Map.of("__typename", "Player", "id", "p-0001", "region", "EU"),
                Map.of("__typename", "Player", "id", "p-0002")));

        assertThat(response.errorCode()).isEqualTo("REGION_REQUIRED");
        assertThat(response.<List<Object>>read("$.errors[0].path")).containsExactly("_entities", 1, "regionChannel");
        assertThat(response.<String>read("$.errors[0].message")).contains("region");
        assertThat(response.<String>read("$.data._entities[0].regionChannel")).isEqualTo("region:eu");
    }

    @Test
    void aRepresentationWithAHandleIsAccepted() {
        GraphQlResponse response = entities("id presence { status }", List.of(
                Map.of("__typename", "Player", "id", "p-0003", "handle", DemoWorld.handle(3)))).ok();

        assertThat(response.<String>read("$.data._entities[0].id")).isEqualTo("p-0003");
    }

    @Test
    void presenceIsTheStoredOneOrOfflineWithoutALastSeenTime() {
        PresenceRepository.Row seeded = DemoSocialData.presences().getFirst();
        int withoutPresence = IntStream.rangeClosed(1, DemoWorld.PLAYERS)
                .filter(n -> DemoSocialData.presences().stream()
                        .noneMatch(r -> r.playerId().equals(DemoWorld.playerId(n))))
                .findFirst().orElseThrow();

        GraphQlResponse response = entities("id presence { status lastSeenAt }", List.of(
                Map.of("__typename", "Player", "id", seeded.playerId()),
                Map.of("__typename", "Player", "id", DemoWorld.playerId(withoutPresence)),
                Map.of("__typename", "Player", "id", "never-seen-here"))).ok();

        assertThat(response.<String>read("$.data._entities[0].presence.status")).isEqualTo(seeded.status().name());
        assertThat(response.<String>read("$.data._entities[0].presence.lastSeenAt"))
                .isEqualTo(seeded.lastSeenAt().toString());
        for (int i = 1; i <= 2; i++) {
            assertThat(response.<String>read("$.data._entities[" + i + "].presence.status")).isEqualTo("OFFLINE");
            assertThat(response.<Object>read("$.data._entities[" + i + "].presence.lastSeenAt")).isNull();
        }
    }

    @Test
    void presenceOfAHundredPlayersIsOneStatement() {
        List<Map<String, Object>> representations = hundredPlayers();

        statements.reset();
        GraphQlResponse response = entities("id presence { status lastSeenAt }", representations).ok();

        assertThat(response.<List<String>>read("$.data._entities[*].presence.status")).hasSize(100);
        assertThat(statements.statements()).hasSize(1);
        assertThat(statements.statementsMentioning("presences")).hasSize(1);
    }

    @Test
    void friendsAndPresenceOfAHundredPlayersAreOneStatementEach() {
        List<Map<String, Object>> representations = hundredPlayers();

        statements.reset();
        GraphQlResponse response = entities(
                "id regionChannel presence { status } friends(first: 3) { totalCount edges { node { id } } }",
                representations).ok();

        List<Integer> totals = response.read("$.data._entities[*].friends.totalCount");
        assertThat(totals).hasSize(100).allSatisfy(t -> assertThat(t).isBetween(5, 15));
        assertThat(statements.statements()).hasSize(2);
        assertThat(statements.statementsMentioning("friendships")).hasSize(1);
        assertThat(statements.statementsMentioning("presences")).hasSize(1);
    }

    @Test
    void entitiesComeBackInRepresentationOrder() {
        List<Map<String, Object>> representations = hundredPlayers();
        List<String> asked = representations.stream().map(r -> (String) r.get("id")).toList();

        GraphQlResponse response = entities("id presence { status }", representations).ok();

        assertThat(response.<List<String>>read("$.data._entities[*].id")).containsExactlyElementsOf(asked);
    }

    @Test
    void theFriendsTotalMatchesTheDatabase() {
        GraphQlResponse response = entities("friends(first: 100) { totalCount edges { node { id } } }",
                List.of(Map.of("__typename", "Player", "id", "p-0042"))).ok();

        Set<String> expected = Set.copyOf(jdbc.sql("SELECT friend_id FROM friendships WHERE player_id = 'p-0042'")
                .query(String.class).list());
        assertThat(response.<Integer>read("$.data._entities[0].friends.totalCount")).isEqualTo(expected.size());
        assertThat(response.<List<String>>read("$.data._entities[0].friends.edges[*].node.id"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Seeded players 901..1000, in a scrambled order. */
    private static List<Map<String, Object>> hundredPlayers() {
        List<Map<String, Object>> representations = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = 901 + (i * 37) % 100;
            representations.add(Map.of("__typename", "Player", "id", DemoWorld.playerId(n), "region", DemoWorld.region(n)));
        }
        assertThat(representations.stream().map(r -> r.get("id")).collect(Collectors.toSet())).hasSize(100);
        return representations;
    }
}
