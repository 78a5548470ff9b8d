package gg.arena.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Player.friends: most recent first, cursor paging, totalCount. */
@InMemoryDatabaseTest
class FriendsPagingTest extends GraphQlHttpTest {

    private static final String FRIENDS = """
            query($r: [_Any!]!, $first: Int, $after: String) {
              _entities(representations: $r) {
                ... on Player {
                  friends(first: $first, after: $after) {
                    totalCount
                    edges { cursor since node { id handle } }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  }
                }
              }
            }
            """;

    private GraphQlResponse friends(String playerId, Integer first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("r", List.of(Map.of("__typename", "Player", "id", playerId)));
        variables.put("first", first);
        variables.put("after", after);
        return graphql(FRIENDS, variables);
    }

    @Test
    void pagingWalksEveryFriendOnceMostRecentFirst() {
        List<String> expected = jdbc.sql("""
                        SELECT friend_id FROM friendships WHERE player_id = 'p-0007' ORDER BY since DESC, friend_id
                        """).query(String.class).list();
        assertThat(expected).hasSizeGreaterThan(4);

        List<String> seen = new ArrayList<>();
        List<String> sinces = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean hasNext = true;
        while (hasNext) {
            GraphQlResponse page = friends("p-0007", 4, after).ok();
            String base = "$.data._entities[0].friends";
            assertThat(page.<Integer>read(base + ".totalCount")).isEqualTo(expected.size());
            assertThat(page.<Boolean>read(base + ".pageInfo.hasPreviousPage")).isEqualTo(pages > 0);
            List<String> ids = page.read(base + ".edges[*].node.id");
            List<String> cursors = page.read(base + ".edges[*].cursor");
            assertThat(page.<String>read(base + ".pageInfo.startCursor")).isEqualTo(cursors.getFirst());
            assertThat(page.<String>read(base + ".pageInfo.endCursor")).isEqualTo(cursors.getLast());
            seen.addAll(ids);
            sinces.addAll(page.read(base + ".edges[*].since"));
            hasNext = page.read(base + ".pageInfo.hasNextPage");
            after = page.read(base + ".pageInfo.endCursor");
            pages++;
        }

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo((expected.size() + 3) / 4);
        assertThat(sinces).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void friendsCarryTheirHandle() {
        GraphQlResponse page = friends("p-0007", 1, null).ok();
        String id = page.read("$.data._entities[0].friends.edges[0].node.id");
        String handle = jdbc.sql("SELECT handle FROM known_players WHERE player_id = :id")
                .param("id", id).query(String.class).single();

        assertThat(page.<String>read("$.data._entities[0].friends.edges[0].node.handle")).isEqualTo(handle);
    }

    @Test
    void aPagePastTheEndIsEmptyButKeepsTheTotal() {
        GraphQlResponse first = friends("p-0007", 100, null).ok();
        int total = first.read("$.data._entities[0].friends.totalCount");
        String last = first.read("$.data._entities[0].friends.pageInfo.endCursor");

        GraphQlResponse after = friends("p-0007", 10, last).ok();

        assertThat(after.<List<Object>>read("$.data._entities[0].friends.edges")).isEmpty();
        assertThat(after.<Integer>read("$.data._entities[0].friends.totalCount")).isEqualTo(total);
        assertThat(after.<Boolean>read("$.data._entities[0].friends.pageInfo.hasNextPage")).isFalse();
        assertThat(after.<Object>read("$.data._entities[0].friends.pageInfo.startCursor")).isNull();
    }

    @Test
    void aPlayerWithoutFriendsHasAnEmptyList() {
        GraphQlResponse page = friends("nobody-knows-me", 5, null).ok();

        assertThat(page.<Integer>read("$.data._entities[0].friends.totalCount")).isZero();
        assertThat(page.<List<Object>>read("$.data._entities[0].friends.edges")).isEmpty();
    }

    @Test
    void aForeignCursorIsRejected() {
        String chatCursor = graphql("{ chatHistory(channel: \"global\", first: 1) { pageInfo { startCursor } } }")
                .ok().read("$.data.chatHistory.pageInfo.startCursor");

        assertThat(friends("p-0007", 5, chatCursor).errorCode()).isEqualTo("INVALID_CURSOR");
        assertThat(friends("p-0007", 5, "not a cursor").errorCode()).isEqualTo("INVALID_CURSOR");
    }

    @Test
    void pageSizeOutsideOneToHundredIsRejected() {
        assertThat(friends("p-0007", 0, null).errorCode()).isEqualTo("INVALID_PAGE_SIZE");
        assertThat(friends("p-0007", 101, null).errorCode()).isEqualTo("INVALID_PAGE_SIZE");
    }
}
