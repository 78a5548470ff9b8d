package gg.arena.matches;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.domain.Region;
import gg.arena.matches.events.MatchEventsPublisher;
import gg.arena.matches.repository.MatchRepository;
import gg.arena.matches.repository.ParticipantRepository;
import gg.arena.matches.repository.TicketRepository;
import gg.arena.matches.services.Matchmaker;
import gg.arena.matches.services.RatingBand;
import gg.arena.matches.support.GraphQl;
import gg.arena.matches.support.GraphQl.Response;
import gg.arena.matches.support.MatchmakingRace;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.demo.DemoWorld;
import gg.arena.subgraph.testing.CleanDatabase;
import gg.arena.subgraph.testing.StatementCounter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The same service on PostgreSQL (schema matches_test, cleaned at start): seeding, reads, matchmaking. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ARENA_DB_SCHEMA=matches_test", "spring.flyway.clean-disabled=false"})
@ActiveProfiles("postgres")
@Import({CleanDatabase.class, StatementCounter.class})
@EnabledIf("gg.arena.subgraph.testing.Postgres#available")
class PostgresMatchesTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired BearerTokens tokens;
    @Autowired StatementCounter statements;
    @Autowired TicketRepository tickets;
    @Autowired MatchRepository matches;
    @Autowired ParticipantRepository participants;
    @Autowired RatingBand band;
    @Autowired TransactionTemplate transaction;
    @Autowired MatchEventsPublisher events;
    @Autowired Clock clock;
    @Autowired Matchmaker matchmaker;

    @Test
    void theDemoWorldIsSeeded() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM matches WHERE status = 'FINISHED'").query(Long.class).single())
                .isEqualTo(DemoWorld.MATCHES);
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo("matches_test");

        Response r = new GraphQl(port).query("{ match(id: \"m-05000\") { id status participants { player { id } } } }").ok();
        assertThat(r.<String>read("$.data.match.status")).isEqualTo("FINISHED");
        assertThat(r.<List<String>>read("$.data.match.participants[*].player.id")).isNotEmpty();
    }

    @Test
    void hundredPlayersStatsAndHistoryPageInOneStatementEach() {
        List<Map<String, Object>> reps = new ArrayList<>();
        for (int n = 1; n <= 100; n++) {
            reps.add(Map.of("__typename", "Player", "id", DemoWorld.playerId(n)));
        }
        statements.reset();
        Response r = new GraphQl(port).post("""
                query($reps: [_Any!]!) { _entities(representations: $reps) {
                  ... on Player { id stats { matchesPlayed winRate } matchHistory(first: 2) { totalCount
                    edges { node { id } } pageInfo { endCursor } } } } }""", Map.of("reps", reps), null).ok();
        assertThat(r.<List<Integer>>read("$.data._entities[*].stats.matchesPlayed")).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(statements.statements().stream().filter(s -> !s.contains("matchmaking_ticket"))).hasSize(2);

        // The second page by cursor continues the first.
        String cursor = r.read("$.data._entities[0].matchHistory.pageInfo.endCursor");
        List<String> firstPage = r.read("$.data._entities[0].matchHistory.edges[*].node.id");
        Response next = new GraphQl(port).post("""
                query($reps: [_Any!]!, $after: String) { _entities(representations: $reps) {
                  ... on Player { matchHistory(first: 2, after: $after) { edges { node { id } } } } } }""",
                Map.of("reps", List.of(reps.getFirst()), "after", cursor), null).ok();
        assertThat(next.<List<String>>read("$.data._entities[0].matchHistory.edges[*].node.id"))
                .hasSize(2).doesNotContainAnyElementsOf(firstPage);
    }

    @Test
    void twoCloseDuelPlayersAreMatched() {
        GraphQl graphql = new GraphQl(port);
        String mutation = "mutation { enqueue(mode: DUEL, region: NA) { id status match { id status } } }";
        graphql.post(mutation, Map.of(), token(801, 1500)).ok();
        Response second = graphql.post(mutation, Map.of(), token(802, 1450)).ok();
        assertThat(second.<String>read("$.data.enqueue.status")).isEqualTo("MATCHED");
        assertThat(second.<String>read("$.data.enqueue.match.status")).isEqualTo("LIVE");

        Response again = graphql.post(mutation, Map.of(), token(803, 1500)).ok();
        Response dup = graphql.post(mutation, Map.of(), token(803, 1500));
        assertThat(dup.errorCode()).isEqualTo("ALREADY_QUEUED");
        String ticketId = again.read("$.data.enqueue.id");
        Response cancelled = graphql.post("mutation($id: ID!) { dequeue(ticketId: $id) { status } }",
                Map.of("id", ticketId), token(803, 1500)).ok();
        assertThat(cancelled.<String>read("$.data.dequeue.status")).isEqualTo("CANCELLED");
    }

    @Test
    void twentyPlayersEnqueueingAtOnceFormTenMatches() throws Exception {
        MatchmakingRace.enqueueAtOnce(new GraphQl(port), tokens, 901, 20, "ASIA");
        MatchmakingRace.assertEveryTicketInExactlyOneMatch(jdbc, 901, 20);
    }

    /** Two matchmakers with separate in-process locks: only PostgreSQL's row locks keep them apart. */
    @Test
    void twoMatchmakersSharingTheDatabaseNeverShareATicket() throws Exception {
        Matchmaker otherInstance = new Matchmaker(tickets, matches, participants, band, transaction, events, clock);
        MatchmakingRace.twoMatchmakersAtOnce(tickets, matchmaker, otherInstance, Region.SA, 951);

        MatchmakingRace.assertEveryTicketInExactlyOneMatch(jdbc, 951, 20);
    }

    private String token(int n, int rating) {
        return tokens.issue(new PlayerPrincipal(DemoWorld.playerId(n), DemoWorld.handle(n), DemoWorld.region(n), rating))
                .token();
    }
}
