package gg.arena.players;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.subgraph.demo.DemoWorld;
import gg.arena.subgraph.testing.CleanDatabase;
import gg.arena.subgraph.testing.StatementCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The repository and registration flow on PostgreSQL (schema players_test, cleaned at start). */
@EnabledIf("gg.arena.subgraph.testing.Postgres#available")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ARENA_DB_SCHEMA=players_test", "spring.flyway.clean-disabled=false"})
@ActiveProfiles("postgres")
@Import({CleanDatabase.class, StatementCounter.class})
class PostgresAccountsTest {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private StatementCounter statements;

    private GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    @Test
    void itRunsOnThePlayersTestSchema() {
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo("players_test");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM player WHERE id LIKE 'p-____'").query(Integer.class).single())
                .isEqualTo(DemoWorld.PLAYERS);
    }

    @Test
    void registerLoginAndMeWork() {
        String handle = TestPlayers.uniqueHandle();
        GraphQlHttp.Result registered = TestPlayers.register(graphql, handle, "OCE");
        String id = registered.string("/registerPlayer/player/id");

        GraphQlHttp.Result login = graphql.post(
                "mutation($h: String!, $p: String!) { login(handle: $h, password: $p) { token player { id createdAt } } }",
                Map.of("h", handle.toUpperCase(Locale.ROOT), "p", TestPlayers.PASSWORD)).ok();
        assertThat(login.string("/login/player/id")).isEqualTo(id);
        assertThat(login.string("/login/player/createdAt")).isEqualTo(registered.string("/registerPlayer/player/createdAt"));

        GraphQlHttp.Result me = graphql.post("{ me { id handle region } }", Map.of(), "Bearer " + login.string("/login/token")).ok();
        assertThat(me.string("/me/handle")).isEqualTo(handle);
        assertThat(me.string("/me/region")).isEqualTo("OCE");
    }

    @Test
    void aTakenHandleIsRefusedAndWritesNothing() {
        int before = jdbc.sql("SELECT COUNT(*) FROM player").query(Integer.class).single();

        GraphQlHttp.Result result = graphql.post(TestPlayers.REGISTER, Map.of("input", Map.of(
                "handle", DemoWorld.handle(9).toUpperCase(Locale.ROOT), "password", TestPlayers.PASSWORD, "region", "EU")));

        assertThat(result.errorCode()).isEqualTo("HANDLE_TAKEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM player").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void entitiesAndLeaderboardReadFromPostgres() {
        List<Map<String, String>> representations = new ArrayList<>();
        for (int n = 1; n <= 100; n++) {
            representations.add(Map.of("__typename", "Player", "id", DemoWorld.playerId(n)));
        }
        statements.reset();
        GraphQlHttp.Result entities = graphql.post(
                "query($r: [_Any!]!) { _entities(representations: $r) { ... on Player { id createdAt } } }",
                Map.of("r", representations)).ok();
        assertThat(entities.data("/_entities").size()).isEqualTo(100);
        assertThat(entities.string("/_entities/0/createdAt")).isEqualTo("2026-01-01T01:00:00Z");
        assertThat(statements.statementsMentioning("player")).hasSize(1);

        GraphQlHttp.Result page1 = graphql.post("{ leaderboard(region: SA, first: 2) { edges { rank node { id } } pageInfo { endCursor } } }").ok();
        String after = page1.string("/leaderboard/pageInfo/endCursor");
        GraphQlHttp.Result page2 = graphql.post(
                "query($a: String) { leaderboard(region: SA, first: 2, after: $a) { totalCount edges { rank node { id } } } }",
                Map.of("a", after)).ok();
        List<String> expected = jdbc.sql("SELECT id FROM player WHERE region = 'SA' ORDER BY rating DESC, id LIMIT 4")
                .query(String.class).list();
        assertThat(List.of(page1.string("/leaderboard/edges/0/node/id"), page1.string("/leaderboard/edges/1/node/id"),
                page2.string("/leaderboard/edges/0/node/id"), page2.string("/leaderboard/edges/1/node/id")))
                .isEqualTo(expected);
        assertThat(page2.data("/leaderboard/edges/1/rank").asInt()).isEqualTo(4);
    }
}
