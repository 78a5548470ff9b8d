package gg.arena.matches;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.support.GraphQl.Response;
import gg.arena.matches.support.MatchesHttpTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchmakingTest extends MatchesHttpTest {

    private static final String ENQUEUE = """
            mutation($mode: GameMode!, $region: Region!) { enqueue(mode: $mode, region: $region) {
              id mode region status enqueuedAt match { id status mode region participants { team player { id } } } } }""";
    private static final String DEQUEUE = """
            mutation($id: ID!) { dequeue(ticketId: $id) { id status } }""";
    private static final String TICKET = """
            query($id: ID!) { matchmakingTicket(id: $id) { id status match { id status } } }""";

    @Test
    void twoDuelPlayersOfCloseRatingInOneRegionAreMatched() {
        Response first = enqueue(token(11, 1500), "DUEL", "EU").ok();
        assertThat(first.<String>read("$.data.enqueue.status")).isEqualTo("QUEUED");
        assertThat(first.<Object>read("$.data.enqueue.match")).isNull();
        String firstTicket = first.read("$.data.enqueue.id");

        Response second = enqueue(token(12, 1560), "DUEL", "EU").ok();

        assertThat(second.<String>read("$.data.enqueue.status")).isEqualTo("MATCHED");
        String matchId = second.read("$.data.enqueue.match.id");
        assertThat(second.<String>read("$.data.enqueue.match.status")).isEqualTo("LIVE");
        assertThat(second.<String>read("$.data.enqueue.match.region")).isEqualTo("EU");
        assertThat(second.<List<String>>read("$.data.enqueue.match.participants[*].player.id"))
                .containsExactlyInAnyOrder("p-0011", "p-0012");
        assertThat(second.<List<Integer>>read("$.data.enqueue.match.participants[*].team"))
                .containsExactlyInAnyOrder(1, 2);

        Response firstNow = ticket(token(11, 1500), firstTicket).ok();
        assertThat(firstNow.<String>read("$.data.matchmakingTicket.status")).isEqualTo("MATCHED");
        assertThat(firstNow.<String>read("$.data.matchmakingTicket.match.id")).isEqualTo(matchId);

        Response live = graphql.query("{ liveMatches(region: EU, first: 5) { id status } }").ok();
        assertThat(live.<List<String>>read("$.data.liveMatches[*].id")).first().isEqualTo(matchId);
        assertThat(graphql.query("{ liveMatches(region: NA) { id } }").ok()
                .<List<String>>read("$.data.liveMatches[*].id")).doesNotContain(matchId);
    }

    @Test
    void ratingsFarApartStayQueued() {
        String low = enqueue(token(13, 1000), "DUEL", "NA").ok().read("$.data.enqueue.id");
        Response high = enqueue(token(14, 2000), "DUEL", "NA").ok();

        assertThat(high.<String>read("$.data.enqueue.status")).isEqualTo("QUEUED");
        assertThat(ticket(token(13, 1000), low).ok().<String>read("$.data.matchmakingTicket.status"))
                .isEqualTo("QUEUED");
    }

    @Test
    void theSameModeInAnotherRegionDoesNotMatch() {
        enqueue(token(15, 1500), "DUEL", "ASIA").ok();
        Response other = enqueue(token(16, 1500), "DUEL", "OCE").ok();
        assertThat(other.<String>read("$.data.enqueue.status")).isEqualTo("QUEUED");
    }

    @Test
    void teamDeathmatchFormsTwoBalancedTeamsOfFive() {
        int[] ratings = {1500, 1520, 1480, 1510, 1490, 1530, 1470, 1505, 1495, 1540};
        Response last = null;
        for (int i = 0; i < ratings.length; i++) {
            last = enqueue(token(21 + i, ratings[i]), "TEAM_DEATHMATCH", "SA").ok();
        }
        assertThat(last.<String>read("$.data.enqueue.status")).isEqualTo("MATCHED");
        List<Integer> teams = last.read("$.data.enqueue.match.participants[*].team");
        assertThat(teams).hasSize(10);
        assertThat(teams.stream().filter(t -> t == 1).count()).isEqualTo(5);
        assertThat(teams.stream().filter(t -> t == 2).count()).isEqualTo(5);
    }

    @Test
    void aQueuedPlayerCannotEnqueueAgainAndNothingIsWritten() {
        enqueue(token(31, 1500), "FREE_FOR_ALL", "EU").ok();

        Response again = enqueue(token(31, 1500), "DUEL", "EU");

        assertThat(again.errorCode()).isEqualTo("ALREADY_QUEUED");
        assertThat(again.<Object>read("$.data")).isNull();
        assertThat(ticketsOf("p-0031")).isEqualTo(1);
    }

    @Test
    void enqueueWithoutATokenIsUnauthenticatedAndWritesNothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM matchmaking_ticket").query(Long.class).single();

        Response r = graphql.post(ENQUEUE, Map.of("mode", "DUEL", "region", "EU"), null);

        assertThat(r.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM matchmaking_ticket").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aBadTokenIsUnauthenticated() {
        Response r = graphql.post(ENQUEUE, Map.of("mode", "DUEL", "region", "EU"), "not-a-token");
        assertThat(r.errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void anUnknownModeIsRejectedByValidation() {
        Response r = graphql.post(ENQUEUE, Map.of("mode", "CAPTURE_THE_FLAG", "region", "EU"), token(32, 1500));
        assertThat(r.errors()).isNotEmpty();
        assertThat(ticketsOf("p-0032")).isZero();
    }

    @Test
    void dequeueCancelsAnOwnQueuedTicketOnce() {
        String token = token(41, 1500);
        String id = enqueue(token, "DUEL", "OCE").ok().read("$.data.enqueue.id");

        Response cancelled = dequeue(token, id).ok();
        assertThat(cancelled.<String>read("$.data.dequeue.status")).isEqualTo("CANCELLED");

        Response again = dequeue(token, id);
        assertThat(again.errorCode()).isEqualTo("TICKET_NOT_QUEUED");

        // Cancelled frees the slot: the player may queue again.
        assertThat(enqueue(token, "DUEL", "OCE").ok().<String>read("$.data.enqueue.status")).isEqualTo("QUEUED");
    }

    @Test
    void someoneElsesTicketIsForbiddenAndStaysQueued() {
        String id = enqueue(token(42, 1500), "DUEL", "NA").ok().read("$.data.enqueue.id");

        Response dequeue = dequeue(token(43, 1500), id);
        assertThat(dequeue.errorCode()).isEqualTo("NOT_TICKET_OWNER");
        assertThat(dequeue.errorClassification()).isEqualTo("FORBIDDEN");

        Response look = ticket(token(43, 1500), id);
        assertThat(look.errorCode()).isEqualTo("NOT_TICKET_OWNER");

        assertThat(ticket(token(42, 1500), id).ok().<String>read("$.data.matchmakingTicket.status"))
                .isEqualTo("QUEUED");
    }

    @Test
    void anUnknownTicketIsNotFound() {
        assertThat(dequeue(token(44, 1500), "t-nope").errorCode()).isEqualTo("TICKET_NOT_FOUND");
        Response look = ticket(token(44, 1500), "t-nope");
        assertThat(look.errorCode()).isEqualTo("TICKET_NOT_FOUND");
        assertThat(look.errorClassification()).isEqualTo("NOT_FOUND");
        assertThat(dequeue(token(44, 1500), "x".repeat(65)).errorCode()).isEqualTo("TICKET_ID_INVALID");
    }

    @Test
    void lookingAtATicketNeedsAToken() {
        assertThat(graphql.post(TICKET, Map.of("id", "t-nope"), null).errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void theSweepMatchesTicketsOnceTheirBandsHaveWidened() throws InterruptedException {
        // 140 apart: outside the initial ±100, inside ±150 after five seconds of waiting.
        String first = enqueue(token(51, 1500), "DUEL", "ASIA").ok().read("$.data.enqueue.id");
        Response second = enqueue(token(52, 1640), "DUEL", "ASIA").ok();
        assertThat(second.<String>read("$.data.enqueue.status")).isEqualTo("QUEUED");

        String status = "QUEUED";
        for (int i = 0; i < 60 && status.equals("QUEUED"); i++) {
            Thread.sleep(250);
            status = ticket(token(51, 1500), first).ok().read("$.data.matchmakingTicket.status");
        }
        assertThat(status).isEqualTo("MATCHED");
    }

    private Response enqueue(String token, String mode, String region) {
        return graphql.post(ENQUEUE, Map.of("mode", mode, "region", region), token);
    }

    private Response dequeue(String token, String ticketId) {
        return graphql.post(DEQUEUE, Map.of("id", ticketId), token);
    }

    private Response ticket(String token, String ticketId) {
        return graphql.post(TICKET, Map.of("id", ticketId), token);
    }

    private long ticketsOf(String playerId) {
        return jdbc.sql("SELECT COUNT(*) FROM matchmaking_ticket WHERE player_id = :p AND status <> 'CANCELLED'")
                .param("p", playerId).query(Long.class).single();
    }
}
