package gg.arena.matches.tick;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.support.GraphQl.Response;
import gg.arena.matches.support.MatchesHttpTest;
import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.client.TickClient;
import gg.arena.tick.server.TickServer;
import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Wire;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mutation.joinMatch over HTTP, then the real UDP handshake with the token it returns. */
class JoinMatchTest extends MatchesHttpTest {

    private static final String ENQUEUE = """
            mutation($mode: GameMode!, $region: Region!) { enqueue(mode: $mode, region: $region) { id status match { id } } }""";
    private static final String JOIN = """
            mutation($id: ID!) { joinMatch(matchId: $id) { host port protocolVersion connectToken expiresAt } }""";

    @Autowired
    TickServer tickServer;

    @Autowired
    MatchResultRecorder recorder;

    private String liveDuel(int a, int b) {
        graphql.post(ENQUEUE, Map.of("mode", "DUEL", "region", "OCE"), token(a, 1700)).ok();
        Response second = graphql.post(ENQUEUE, Map.of("mode", "DUEL", "region", "OCE"), token(b, 1710)).ok();
        assertThat(second.<String>read("$.data.enqueue.status")).isEqualTo("MATCHED");
        return second.read("$.data.enqueue.match.id");
    }

    @Test
    void aParticipantGetsATokenThatConnectsOverUdp() throws Exception {
        String matchId = liveDuel(961, 962);
        Response join = graphql.post(JOIN, Map.of("id", matchId), token(961, 1700)).ok();

        assertThat(join.<String>read("$.data.joinMatch.host")).isEqualTo("127.0.0.1");
        int port = join.read("$.data.joinMatch.port");
        assertThat(port).isEqualTo(tickServer.port()).isNotEqualTo(7777);
        assertThat(join.<Integer>read("$.data.joinMatch.protocolVersion")).isEqualTo(Wire.PROTOCOL_VERSION);
        Instant expires = Instant.parse(join.read("$.data.joinMatch.expiresAt"));
        assertThat(expires).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(31));

        ConnectToken token = ConnectToken.fromBase64(join.read("$.data.joinMatch.connectToken"));
        try (TickClient client = new TickClient(new InetSocketAddress("127.0.0.1", port), token)) {
            assertThat(client.connect(Duration.ofSeconds(5))).isTrue();
            while (client.snapshotsReceived() < 5) {
                client.sendInput(InputCommand.IDLE);
                client.receive(Duration.ofMillis(50));
            }
            assertThat(client.world().players()).hasSize(2);
        }
        // the same token a second time is refused
        try (TickClient again = new TickClient(new InetSocketAddress("127.0.0.1", port), token)) {
            assertThat(again.connect(Duration.ofMillis(600))).isFalse();
        }
    }

    @Test
    void requiresABearerToken() {
        Response r = graphql.post(JOIN, Map.of("id", "m-00001"), null);
        assertThat(r.errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void onlyParticipantsMayJoin() {
        String matchId = liveDuel(963, 964);
        Response r = graphql.post(JOIN, Map.of("id", matchId), token(965, 1500));
        assertThat(r.errorCode()).isEqualTo("NOT_A_PARTICIPANT");
        assertThat(r.errorClassification()).isEqualTo("FORBIDDEN");
    }

    @Test
    void unknownAndInvalidMatchIds() {
        assertThat(graphql.post(JOIN, Map.of("id", "m-nope"), token(966, 1500)).errorCode()).isEqualTo("MATCH_NOT_FOUND");
        assertThat(graphql.post(JOIN, Map.of("id", "x".repeat(65)), token(966, 1500)).errorCode())
                .isEqualTo("MATCH_ID_INVALID");
    }

    @Test
    void aFinishedMatchCannotBeJoined() {
        Map<String, Object> row = jdbc.sql("SELECT m.id, p.player_id FROM matches m JOIN match_participant p"
                        + " ON p.match_id = m.id WHERE m.status = 'FINISHED' ORDER BY m.id LIMIT 1")
                .query().singleRow();
        int n = Integer.parseInt(((String) row.get("player_id")).substring(2));
        Response r = graphql.post(JOIN, Map.of("id", row.get("id")), token(n, 1500));
        assertThat(r.errorCode()).isEqualTo("MATCH_NOT_LIVE");
    }

    @Test
    void theEndOfAMatchStoresItsResult() throws Exception {
        String matchId = liveDuel(967, 968);
        recorder.kill(matchId, 10, "p-0968", "p-0967");
        recorder.kill(matchId, 20, "p-0968", "p-0967");
        recorder.ended(matchId, Map.of("p-0967", 0, "p-0968", 2));
        long deadline = System.nanoTime() + 10_000_000_000L;
        String status;
        do {
            Thread.sleep(20);
            status = jdbc.sql("SELECT status FROM matches WHERE id = :id").param("id", matchId).query(String.class).single();
        } while (!"FINISHED".equals(status) && System.nanoTime() < deadline);
        assertThat(status).isEqualTo("FINISHED");
        Response match = graphql.query("{ match(id: \"" + matchId + "\") { status winningTeam endedAt"
                + " participants { team score kills deaths player { id } } } }").ok();
        assertThat(match.<Object>read("$.data.match.participants[?(@.player.id == 'p-0968')].score").toString())
                .isEqualTo("[2]");
        assertThat(match.<Object>read("$.data.match.participants[?(@.player.id == 'p-0968')].kills").toString())
                .isEqualTo("[2]");
        assertThat(match.<Object>read("$.data.match.participants[?(@.player.id == 'p-0967')].deaths").toString())
                .isEqualTo("[2]");
        assertThat(match.<Object>read("$.data.match.endedAt")).isNotNull();
        Integer winningTeam = match.read("$.data.match.winningTeam");
        assertThat(match.<Object>read("$.data.match.participants[?(@.player.id == 'p-0968')].team").toString())
                .isEqualTo("[" + winningTeam + "]");
        // a second end report for the same match changes nothing
        recorder.ended(matchId, Map.of("p-0967", 9, "p-0968", 0));
    }

    @Test
    void drawsHaveNoWinner() {
        assertThat(MatchResultRecorder.winner(new java.util.TreeMap<>(Map.of(1, 3, 2, 3)))).isNull();
        assertThat(MatchResultRecorder.winner(new java.util.TreeMap<>(Map.of(1, 3, 2, 4)))).isEqualTo(2);
    }
}
