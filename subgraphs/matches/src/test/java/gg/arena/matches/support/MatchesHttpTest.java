package gg.arena.matches.support;

import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.demo.DemoWorld;
import gg.arena.subgraph.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the H2 test classes: the same annotations everywhere, so the suite shares one
 * Spring context (one seeding). Queued tickets left by an earlier test are cancelled first,
 * so each matchmaking test starts from an empty queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
public abstract class MatchesHttpTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected StatementCounter statements;

    @Autowired
    protected BearerTokens tokens;

    @Autowired
    protected JdbcClient jdbc;

    protected GraphQl graphql;

    @BeforeEach
    void setUpClient() {
        graphql = new GraphQl(port);
        jdbc.sql("UPDATE matchmaking_ticket SET status = 'CANCELLED', queued_player = NULL WHERE status = 'QUEUED'")
                .update();
    }

    /** A bearer token for seeded player {@code n} with the given rating (the matchmaking band uses it). */
    protected String token(int n, int rating) {
        return tokens.issue(new PlayerPrincipal(DemoWorld.playerId(n), DemoWorld.handle(n), DemoWorld.region(n), rating))
                .token();
    }
}
