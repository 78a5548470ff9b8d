package gg.arena.matches.live;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.support.GraphQl.Response;
import gg.arena.matches.tick.MatchResultRecorder;
import gg.arena.subgraph.testing.GraphQlWsClient;
import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.client.TickClient;
import gg.arena.tick.sim.PlayerView;
import gg.arena.tick.sim.WorldView;
import gg.arena.tick.wire.InputCommand;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** matchEvents over a real graphql-transport-ws socket, with a match played over UDP on the tick server. */
class MatchEventsSubscriptionTest extends LiveMatchesTestBase {

    static final String EVENTS = """
            subscription($m: ID!) { matchEvents(matchId: $m) {
              __typename matchId sequence at
              ... on MatchKillEvent { tick killer { id } victim { id } }
              ... on MatchScoreEvent { tick player { id } score teamScores { team score } }
              ... on MatchEndEvent { winningTeam participants { team score kills deaths player { id } } } } }""";
    private static final String JOIN = "mutation($id: ID!) { joinMatch(matchId: $id) { host port connectToken } }";

    @Autowired
    MatchResultRecorder recorder;

    @Test
    @SuppressWarnings("unchecked")
    void killsScoresAndTheEndOfAMatchPlayedOverUdpArriveInOrderThenTheSubscriptionCompletes() throws Exception {
        String matchId = liveDuel(981, 982, "OCE");
        int hunterTeam = teamOf(matchId, 981);
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.subscribe("e", EVENTS, Map.of("m", matchId));
            awaitListening(MatchesTopics.events(matchId));

            // Slots are by team, then player id: one team each in a duel.
            int hunterSlot = hunterTeam == 1 ? 0 : 1;
            CompletableFuture<Integer> kills = CompletableFuture.supplyAsync(() -> play(matchId, hunterSlot));

            List<Map<String, Object>> events = new ArrayList<>();
            Map<String, Object> message;
            while ("next".equals((message = ws.next()).get("type"))) {
                events.add(data(message, "matchEvents"));
            }
            assertThat(message).containsEntry("type", "complete").containsEntry("id", "e");
            int hunterKills = kills.get(30, TimeUnit.SECONDS);

            assertThat(events).extracting(e -> ((Number) e.get("sequence")).intValue())
                    .as("numbered 1, 2, 3 ... without gaps").containsExactlyElementsOf(
                            java.util.stream.IntStream.rangeClosed(1, events.size()).boxed().toList());
            List<Map<String, Object>> killEvents = events.stream()
                    .filter(e -> "MatchKillEvent".equals(e.get("__typename"))).toList();
            assertThat(killEvents).as("the hunter killed the other player at least once (" + hunterKills
                    + " kills seen in snapshots)").isNotEmpty();
            for (int i = 0; i < killEvents.size(); i++) {
                Map<String, Object> kill = killEvents.get(i);
                assertThat(kill).containsEntry("matchId", matchId)
                        .containsEntry("killer", Map.of("id", "p-0981")).containsEntry("victim", Map.of("id", "p-0982"));
                assertThat(((Number) kill.get("tick")).longValue()).isPositive();
                Map<String, Object> score = events.get(events.indexOf(kill) + 1);
                assertThat(score).containsEntry("__typename", "MatchScoreEvent")
                        .containsEntry("player", Map.of("id", "p-0981")).containsEntry("score", i + 1)
                        .containsEntry("tick", kill.get("tick"));
                assertThat((List<Map<String, Object>>) score.get("teamScores")).containsExactlyInAnyOrder(
                        Map.of("team", hunterTeam, "score", i + 1), Map.of("team", 3 - hunterTeam, "score", 0));
            }
            Map<String, Object> end = events.getLast();
            assertThat(end).containsEntry("__typename", "MatchEndEvent").containsEntry("winningTeam", hunterTeam);
            assertThat((List<Map<String, Object>>) end.get("participants")).containsExactlyInAnyOrder(
                    Map.of("team", hunterTeam, "score", killEvents.size(), "kills", killEvents.size(), "deaths", 0,
                            "player", Map.of("id", "p-0981")),
                    Map.of("team", 3 - hunterTeam, "score", 0, "kills", 0, "deaths", killEvents.size(),
                            "player", Map.of("id", "p-0982")));
            assertThat(events.size()).isEqualTo(2 * killEvents.size() + 1);
        }

        // the stored result is in the outbox of ended matches, and a late subscriber gets the same end at once
        Response ended = graphql.query("{ endedMatchesSince(after: 0, first: 100) { sequence match { id status winningTeam"
                + " participants { team score player { id } } } } }").ok();
        List<String> ids = ended.read("$.data.endedMatchesSince[*].match.id");
        assertThat(ids).contains(matchId);
        try (GraphQlWsClient late = GraphQlWsClient.open(port)) {
            late.init(null);
            late.subscribe("late", EVENTS, Map.of("m", matchId));
            Map<String, Object> end = data(late.next(), "matchEvents");
            assertThat(end).containsEntry("__typename", "MatchEndEvent").containsEntry("winningTeam", hunterTeam);
            assertThat(late.next()).containsEntry("type", "complete");
        }
    }

    @Test
    void theRecorderPathPublishesExactlyTheseEvents() {
        String matchId = liveDuel(983, 984, "EU");
        int team983 = teamOf(matchId, 983);
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.subscribe("e", EVENTS, Map.of("m", matchId));
            awaitListening(MatchesTopics.events(matchId));
            recorder.kill(matchId, 40, "p-0983", "p-0984");
            recorder.kill(matchId, 90, "p-0984", "p-0983");
            recorder.ended(matchId, Map.of("p-0983", 1, "p-0984", 1));

            Map<String, Object> first = data(ws.next(), "matchEvents");
            assertThat(first).containsEntry("__typename", "MatchKillEvent").containsEntry("sequence", 1)
                    .containsEntry("tick", 40).containsEntry("killer", Map.of("id", "p-0983"));
            assertThat(data(ws.next(), "matchEvents")).containsEntry("sequence", 2).containsEntry("score", 1)
                    .containsEntry("teamScores", List.of(Map.of("team", 1, "score", team983 == 1 ? 1 : 0),
                            Map.of("team", 2, "score", team983 == 2 ? 1 : 0)));
            assertThat(data(ws.next(), "matchEvents")).containsEntry("sequence", 3).containsEntry("tick", 90)
                    .containsEntry("victim", Map.of("id", "p-0983"));
            assertThat(data(ws.next(), "matchEvents")).containsEntry("sequence", 4)
                    .containsEntry("teamScores", List.of(Map.of("team", 1, "score", 1), Map.of("team", 2, "score", 1)));
            Map<String, Object> end = data(ws.next(), "matchEvents");
            assertThat(end).containsEntry("__typename", "MatchEndEvent").containsEntry("sequence", 5)
                    .containsEntry("winningTeam", null);
            assertThat(ws.next()).containsEntry("type", "complete");
        }
    }

    @Test
    void unknownAndInvalidMatchIdsAreRefused() {
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.subscribe("u", EVENTS, Map.of("m", "m-nope"));
            assertThat(errorCode(ws.next(), List.of("matchEvents"))).isEqualTo("MATCH_NOT_FOUND");
            assertThat(ws.next()).containsEntry("type", "complete");
            ws.subscribe("i", EVENTS, Map.of("m", "m".repeat(65)));
            assertThat(errorCode(ws.next(), List.of("matchEvents"))).isEqualTo("MATCH_ID_INVALID");
        }
    }

    /**
     * Both players connect over UDP; they walk towards each other and the hunter fires at the other
     * whenever it is in range, until the server ends the match. Returns the hunter's score in the last snapshot.
     */
    private int play(String matchId, int hunterSlot) {
        try (TickClient hunter = connect(matchId, 981); TickClient prey = connect(matchId, 982)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
            int score = 0;
            while (hunter.disconnect() == null && System.nanoTime() < deadline) {
                drain(hunter);
                drain(prey);
                WorldView world = hunter.world();
                if (world.players().size() == 2) {
                    PlayerView me = world.players().get(hunterSlot);
                    PlayerView foe = world.players().get(1 - hunterSlot);
                    score = me.score();
                    double dx = foe.x() - me.x();
                    double dy = foe.y() - me.y();
                    double distance = Math.hypot(dx, dy);
                    int aim = (int) Math.round(Math.atan2(dy, dx) / (2 * Math.PI) * 65536) & 0xFFFF;
                    boolean close = distance < 700;
                    boolean fire = distance < 1500 && (foe.flags() & PlayerView.ALIVE) != 0;
                    hunter.sendInput(new InputCommand(close ? 0 : step(dx, distance), close ? 0 : step(dy, distance),
                            aim, fire ? InputCommand.FIRE : 0));
                    prey.sendInput(new InputCommand(close ? 0 : step(-dx, distance), close ? 0 : step(-dy, distance),
                            0, 0));
                } else {
                    hunter.sendInput(InputCommand.IDLE);
                    prey.sendInput(InputCommand.IDLE);
                }
                Thread.sleep(15);
            }
            return score;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int step(double d, double distance) {
        return distance == 0 ? 0 : (int) Math.round(127 * d / distance);
    }

    private static void drain(TickClient client) throws Exception {
        while (client.receive(Duration.ofMillis(1)) != null) {
            // every datagram waiting is applied to the client's world
        }
    }

    private TickClient connect(String matchId, int n) throws Exception {
        Response join = graphql.post(JOIN, Map.of("id", matchId), token(n)).ok();
        TickClient client = new TickClient(new InetSocketAddress("127.0.0.1", join.<Integer>read("$.data.joinMatch.port")),
                ConnectToken.fromBase64(join.read("$.data.joinMatch.connectToken")));
        assertThat(client.connect(Duration.ofSeconds(5))).isTrue();
        return client;
    }
}
