package gg.arena.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Friend requests across several signed-in players: the happy paths, every error code, and
 * that a failed mutation writes nothing. Run on H2 and on PostgreSQL.
 */
abstract class FriendRequestFlows extends GraphQlHttpTest {

    static final String REQUEST_FIELDS = "id status createdAt from { id handle } to { id handle }";

    GraphQlResponse sendRequest(TestPlayer from, String toPlayerId) {
        return graphql("mutation($to: ID!) { sendFriendRequest(toPlayerId: $to) { " + REQUEST_FIELDS + " } }",
                Map.of("to", toPlayerId), from == null ? null : from.token());
    }

    GraphQlResponse accept(TestPlayer who, String requestId) {
        return graphql("mutation($id: ID!) { acceptFriendRequest(requestId: $id) { " + REQUEST_FIELDS + " } }",
                Map.of("id", requestId), who == null ? null : who.token());
    }

    GraphQlResponse decline(TestPlayer who, String requestId) {
        return graphql("mutation($id: ID!) { declineFriendRequest(requestId: $id) { " + REQUEST_FIELDS + " } }",
                Map.of("id", requestId), who == null ? null : who.token());
    }

    GraphQlResponse pending(TestPlayer who) {
        return graphql("{ friendRequests { " + REQUEST_FIELDS + " } }", Map.of(), who == null ? null : who.token());
    }

    /** Makes the player known to social by acting (setting a presence). */
    TestPlayer known(TestPlayer player) {
        graphql("mutation { setPresence(status: ONLINE) { status lastSeenAt } }", Map.of(), player.token()).ok();
        return player;
    }

    List<String> friendIds(String playerId) {
        return graphql("""
                        query($r: [_Any!]!) { _entities(representations: $r) {
                          ... on Player { friends(first: 100) { totalCount edges { node { id } } } } } }
                        """, Map.of("r", List.of(Map.of("__typename", "Player", "id", playerId))))
                .ok().read("$.data._entities[0].friends.edges[*].node.id");
    }

    /** Runs a mutation that must fail with the code and leave the database exactly as it was. */
    void failsWithoutWriting(String code, Supplier<GraphQlResponse> mutation) {
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        GraphQlResponse response = mutation.get();
        assertThat(response.errorCode()).as(response.body()).isEqualTo(code);
        assertThat(response.<Object>read("$.data")).isNull();
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void aRequestAcceptedByItsAddresseeMakesTheTwoFriends() {
        TestPlayer ann = known(newPlayer("ann"));
        TestPlayer ben = known(newPlayer("ben"));

        GraphQlResponse sent = sendRequest(ann, ben.id()).ok();
        String requestId = sent.read("$.data.sendFriendRequest.id");
        assertThat(requestId).startsWith("fr-");
        assertThat(sent.<String>read("$.data.sendFriendRequest.status")).isEqualTo("PENDING");
        assertThat(sent.<String>read("$.data.sendFriendRequest.from.id")).isEqualTo(ann.id());
        assertThat(sent.<String>read("$.data.sendFriendRequest.from.handle")).isEqualTo(ann.handle());
        assertThat(sent.<String>read("$.data.sendFriendRequest.to.id")).isEqualTo(ben.id());

        // Both see the pending request, from their own side.
        assertThat(pending(ann).ok().<List<String>>read("$.data.friendRequests[*].id")).containsExactly(requestId);
        assertThat(pending(ben).ok().<List<String>>read("$.data.friendRequests[*].id")).containsExactly(requestId);

        failsWithoutWriting("REQUEST_PENDING", () -> sendRequest(ann, ben.id()));
        failsWithoutWriting("FORBIDDEN", () -> accept(ann, requestId));
        failsWithoutWriting("FORBIDDEN", () -> decline(ann, requestId));
        TestPlayer outsider = known(newPlayer("outsider"));
        failsWithoutWriting("FORBIDDEN", () -> accept(outsider, requestId));

        GraphQlResponse accepted = accept(ben, requestId).ok();
        assertThat(accepted.<String>read("$.data.acceptFriendRequest.status")).isEqualTo("ACCEPTED");
        assertThat(friendIds(ann.id())).containsExactly(ben.id());
        assertThat(friendIds(ben.id())).containsExactly(ann.id());
        assertThat(pending(ann).ok().<List<Object>>read("$.data.friendRequests")).isEmpty();

        failsWithoutWriting("REQUEST_NOT_PENDING", () -> accept(ben, requestId));
        failsWithoutWriting("REQUEST_NOT_PENDING", () -> decline(ben, requestId));
        failsWithoutWriting("ALREADY_FRIENDS", () -> sendRequest(ann, ben.id()));
        failsWithoutWriting("ALREADY_FRIENDS", () -> sendRequest(ben, ann.id()));
    }

    @Test
    void aDeclinedRequestMakesNoFriendshipAndCanBeAskedAgain() {
        TestPlayer cat = known(newPlayer("cat"));
        TestPlayer dan = known(newPlayer("dan"));
        String first = sendRequest(cat, dan.id()).ok().read("$.data.sendFriendRequest.id");

        GraphQlResponse declined = decline(dan, first).ok();

        assertThat(declined.<String>read("$.data.declineFriendRequest.status")).isEqualTo("DECLINED");
        assertThat(friendIds(cat.id())).isEmpty();
        assertThat(pending(dan).ok().<List<Object>>read("$.data.friendRequests")).isEmpty();
        failsWithoutWriting("REQUEST_NOT_PENDING", () -> accept(dan, first));

        String second = sendRequest(cat, dan.id()).ok().read("$.data.sendFriendRequest.id");
        assertThat(second).isNotEqualTo(first);
        assertThat(pending(dan).ok().<List<String>>read("$.data.friendRequests[*].id")).containsExactly(second);
    }

    @Test
    void askingBackAcceptsThePendingRequestInTheOtherDirection() {
        TestPlayer eli = known(newPlayer("eli"));
        TestPlayer fay = known(newPlayer("fay"));
        String theirs = sendRequest(eli, fay.id()).ok().read("$.data.sendFriendRequest.id");

        GraphQlResponse back = sendRequest(fay, eli.id()).ok();

        assertThat(back.<String>read("$.data.sendFriendRequest.id")).isEqualTo(theirs);
        assertThat(back.<String>read("$.data.sendFriendRequest.status")).isEqualTo("ACCEPTED");
        assertThat(back.<String>read("$.data.sendFriendRequest.from.id")).isEqualTo(eli.id());
        assertThat(friendIds(fay.id())).containsExactly(eli.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM friend_requests WHERE from_id = :a OR from_id = :b")
                .param("a", eli.id()).param("b", fay.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void seededPlayersCanBefriendEachOther() {
        // p-0001 and a seeded player it is not friends with and has no pending request with.
        String stranger = jdbc.sql("""
                        SELECT k.player_id FROM known_players k
                         WHERE k.player_id LIKE 'p-0%' AND k.player_id <> 'p-0001'
                           AND NOT EXISTS (SELECT 1 FROM friendships f WHERE f.player_id = 'p-0001' AND f.friend_id = k.player_id)
                           AND NOT EXISTS (SELECT 1 FROM friend_requests r WHERE r.status = 'PENDING'
                                            AND ((r.from_id = 'p-0001' AND r.to_id = k.player_id)
                                              OR (r.to_id = 'p-0001' AND r.from_id = k.player_id)))
                         ORDER BY k.player_id DESC LIMIT 1
                        """).query(String.class).single();
        TestPlayer one = player("p-0001", "brave_fox_1", "EU");
        TestPlayer other = player(stranger, "whoever", "NA");
        int friendsBefore = friendIds("p-0001").size();

        String id = sendRequest(one, stranger).ok().read("$.data.sendFriendRequest.id");
        accept(other, id).ok();

        assertThat(friendIds("p-0001")).hasSize(friendsBefore + 1).first().isEqualTo(stranger);
    }

    @Test
    void everySendErrorHasItsCodeAndWritesNothing() {
        TestPlayer gus = newPlayer("gus"); // never acted: not known to social
        TestPlayer hal = newPlayer("hal");

        failsWithoutWriting("CANNOT_BEFRIEND_SELF", () -> sendRequest(gus, gus.id()));
        failsWithoutWriting("PLAYER_NOT_FOUND", () -> sendRequest(gus, hal.id()));
        failsWithoutWriting("PLAYER_NOT_FOUND", () -> sendRequest(gus, "p-" + "9".repeat(10 * 1024)));
        failsWithoutWriting("PLAYER_NOT_FOUND", () -> sendRequest(gus, ""));
        failsWithoutWriting("UNAUTHENTICATED", () -> sendRequest(null, "p-0001"));
        // None of those made gus known.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM known_players WHERE player_id = :id").param("id", gus.id())
                .query(Long.class).single()).isZero();

        known(hal);
        String requestId = sendRequest(gus, hal.id()).ok().read("$.data.sendFriendRequest.id");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM known_players WHERE player_id = :id").param("id", gus.id())
                .query(Long.class).single()).isOne();
        failsWithoutWriting("REQUEST_PENDING", () -> sendRequest(gus, hal.id()));
        failsWithoutWriting("UNAUTHENTICATED", () -> accept(null, requestId));
        failsWithoutWriting("UNAUTHENTICATED", () -> decline(null, requestId));
    }

    @Test
    void answeringAnUnknownRequestIsNotFound() {
        TestPlayer ivy = known(newPlayer("ivy"));

        failsWithoutWriting("REQUEST_NOT_FOUND", () -> accept(ivy, "fr-does-not-exist"));
        failsWithoutWriting("REQUEST_NOT_FOUND", () -> decline(ivy, "fr-does-not-exist"));
        failsWithoutWriting("REQUEST_NOT_FOUND", () -> accept(ivy, "x".repeat(10 * 1024)));
    }

    @Test
    void friendRequestsNeedABearerToken() {
        assertThat(pending(null).errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void setPresenceIsWhatOthersSee() {
        TestPlayer jon = newPlayer("jon");

        GraphQlResponse set = graphql("mutation { setPresence(status: IN_MATCH) { status lastSeenAt } }",
                Map.of(), jon.token()).ok();

        assertThat(set.<String>read("$.data.setPresence.status")).isEqualTo("IN_MATCH");
        String lastSeenAt = set.read("$.data.setPresence.lastSeenAt");
        assertThat(lastSeenAt).isNotNull();
        GraphQlResponse seen = graphql("""
                        query($r: [_Any!]!) { _entities(representations: $r) { ... on Player { presence { status lastSeenAt } } } }
                        """, Map.of("r", List.of(Map.of("__typename", "Player", "id", jon.id())))).ok();
        assertThat(seen.<String>read("$.data._entities[0].presence.status")).isEqualTo("IN_MATCH");
        assertThat(seen.<String>read("$.data._entities[0].presence.lastSeenAt")).isEqualTo(lastSeenAt);
        failsWithoutWriting("UNAUTHENTICATED",
                () -> graphql("mutation { setPresence(status: AWAY) { status } }", Map.of(), null));
    }

    @Test
    void concurrentDuplicateRequestsLeaveExactlyOnePending() throws Exception {
        TestPlayer kim = known(newPlayer("kim"));
        TestPlayer lee = known(newPlayer("lee"));

        List<GraphQlResponse> responses = concurrently(6, () -> sendRequest(kim, lee.id()));

        assertThat(responses).filteredOn(r -> r.errors().isEmpty()).hasSize(1);
        assertThat(responses).filteredOn(r -> !r.errors().isEmpty())
                .allSatisfy(r -> assertThat(r.errorCode()).isEqualTo("REQUEST_PENDING"));
        assertThat(pending(lee).ok().<List<Object>>read("$.data.friendRequests")).hasSize(1);
    }

    @Test
    void concurrentAnswersToOneRequestLetExactlyOneWin() throws Exception {
        TestPlayer max = known(newPlayer("max"));
        TestPlayer nia = known(newPlayer("nia"));
        String requestId = sendRequest(max, nia.id()).ok().read("$.data.sendFriendRequest.id");
        int[] turn = {0};

        List<GraphQlResponse> responses = concurrently(6, () -> {
            boolean acceptIt;
            synchronized (turn) {
                acceptIt = turn[0]++ % 2 == 0;
            }
            return acceptIt ? accept(nia, requestId) : decline(nia, requestId);
        });

        assertThat(responses).filteredOn(r -> r.errors().isEmpty()).hasSize(1);
        assertThat(responses).filteredOn(r -> !r.errors().isEmpty())
                .allSatisfy(r -> assertThat(r.errorCode()).isEqualTo("REQUEST_NOT_PENDING"));
        String status = jdbc.sql("SELECT status FROM friend_requests WHERE id = :id").param("id", requestId)
                .query(String.class).single();
        assertThat(friendIds(max.id())).hasSize(status.equals("ACCEPTED") ? 1 : 0);
    }

    /** Runs the call on {@code n} threads released together; returns every response. */
    private static List<GraphQlResponse> concurrently(int n, Supplier<GraphQlResponse> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<GraphQlResponse>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<GraphQlResponse> responses = new ArrayList<>();
            for (Future<GraphQlResponse> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
