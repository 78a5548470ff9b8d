package gg.arena.matches.live;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.support.GraphQl.Response;
import gg.arena.subgraph.testing.GraphQlWsClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** matchFound over a real graphql-transport-ws socket, with matchmaking forming the match. */
class MatchFoundSubscriptionTest extends LiveMatchesTestBase {

    private static final String FOUND = """
            subscription($t: ID!) { matchFound(ticketId: $t) {
              ticketId team match { id status mode participants { team player { id } } } } }""";
    private static final List<String> PATH = List.of("matchFound");

    @Test
    void theOwnerHearsWhenMatchmakingMatchesTheTicketThenTheSubscriptionCompletes() {
        Response queued = enqueue(971, "SA");
        String ticket = queued.read("$.data.enqueue.id");
        assertThat(queued.<String>read("$.data.enqueue.status")).isEqualTo("QUEUED");
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            assertThat(ws.init(Map.of("Authorization", "Bearer " + token(971)))).containsEntry("type", "connection_ack");
            ws.subscribe("f", FOUND, Map.of("t", ticket));
            awaitListening(MatchesTopics.found(ticket));
            assertThat(ws.pending()).as("nothing before the match forms").isEmpty();

            Response second = enqueue(972, "SA");
            String matchId = second.read("$.data.enqueue.match.id");

            Map<String, Object> found = data(ws.next(), "matchFound");
            assertThat(found).containsEntry("ticketId", ticket).containsEntry("team", teamOf(matchId, 971));
            @SuppressWarnings("unchecked")
            Map<String, Object> match = (Map<String, Object>) found.get("match");
            assertThat(match).containsEntry("id", matchId).containsEntry("status", "LIVE").containsEntry("mode", "DUEL");
            assertThat(match.get("participants").toString()).contains("p-0971").contains("p-0972");
            assertThat(ws.next()).containsEntry("type", "complete").containsEntry("id", "f");
        }
    }

    @Test
    void aTicketAlreadyMatchedFiresAtOnce() {
        String matchId = liveDuel(973, 974, "SA");
        String ticket = jdbc.sql("SELECT id FROM matchmaking_ticket WHERE player_id = 'p-0973' AND match_id = :m")
                .param("m", matchId).query(String.class).single();
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(Map.of("Authorization", "Bearer " + token(973)));
            ws.subscribe("f", FOUND, Map.of("t", ticket));
            Map<String, Object> found = data(ws.next(), "matchFound");
            assertThat(found).containsEntry("ticketId", ticket).containsEntry("team", teamOf(matchId, 973));
            assertThat(found.get("match").toString()).contains("id=" + matchId);
            assertThat(ws.next()).containsEntry("type", "complete");
        }
    }

    @Test
    void anotherPlayersTokenUnknownTicketsAndNoTokenAreRefusedWithTheirCodes() {
        String ticket = enqueue(975, "EU").read("$.data.enqueue.id");
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(Map.of("Authorization", "Bearer " + token(976)));
            ws.subscribe("other", FOUND, Map.of("t", ticket));
            assertThat(errorCode(ws.next(), PATH)).isEqualTo("NOT_TICKET_OWNER");
            assertThat(ws.next()).containsEntry("type", "complete").containsEntry("id", "other");

            ws.subscribe("unknown", FOUND, Map.of("t", "t-no-such-ticket"));
            assertThat(errorCode(ws.next(), PATH)).isEqualTo("TICKET_NOT_FOUND");
            assertThat(ws.next()).containsEntry("type", "complete").containsEntry("id", "unknown");

            ws.subscribe("long", FOUND, Map.of("t", "t".repeat(65)));
            assertThat(errorCode(ws.next(), PATH)).isEqualTo("TICKET_ID_INVALID");
            assertThat(ws.next()).containsEntry("type", "complete");
        }
        try (GraphQlWsClient anonymous = GraphQlWsClient.open(port)) {
            anonymous.init(null);
            anonymous.subscribe("anon", FOUND, Map.of("t", ticket));
            assertThat(errorCode(anonymous.next(), PATH)).isEqualTo("UNAUTHENTICATED");
        }
        // the owner's ticket is untouched by all of this
        assertThat(jdbc.sql("SELECT status FROM matchmaking_ticket WHERE id = :t").param("t", ticket)
                .query(String.class).single()).isEqualTo("QUEUED");
    }

    @Test
    void dequeueingCompletesTheSubscriptionAndADequeuedTicketIsRefused() {
        String ticket = enqueue(977, "NA").read("$.data.enqueue.id");
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(Map.of("Authorization", "Bearer " + token(977)));
            ws.subscribe("f", FOUND, Map.of("t", ticket));
            awaitListening(MatchesTopics.found(ticket));
            graphql.post("mutation($t: ID!) { dequeue(ticketId: $t) { status } }", Map.of("t", ticket), token(977)).ok();
            assertThat(ws.next()).containsEntry("type", "complete").containsEntry("id", "f");

            ws.subscribe("again", FOUND, Map.of("t", ticket));
            assertThat(errorCode(ws.next(), PATH)).isEqualTo("TICKET_CANCELLED");
        }
    }
}
