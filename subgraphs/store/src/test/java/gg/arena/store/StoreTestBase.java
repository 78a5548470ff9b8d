package gg.arena.store;

import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one Spring context the default-profile (H2) tests share: the real app on a random port,
 * every statement counted. Tests use fresh player ids, so they never see each other's writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
abstract class StoreTestBase {

    @LocalServerPort
    int port;

    @Autowired
    BearerTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    GraphQlHttp http;
    StoreProbe store;

    @BeforeEach
    void connect() {
        http = new GraphQlHttp(port);
        store = new StoreProbe(http, tokens, jdbc);
    }
}
