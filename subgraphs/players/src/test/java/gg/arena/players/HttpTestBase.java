package gg.arena.players;

import gg.arena.subgraph.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one Spring context the H2 test classes share (same annotations, so it is started once):
 * the whole application on a random port, the demo world seeded, every SQL statement counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
public abstract class HttpTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected StatementCounter statements;

    @Autowired
    protected JdbcClient jdbc;

    protected GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    protected int playerRows() {
        return jdbc.sql("SELECT COUNT(*) FROM player").query(Integer.class).single();
    }
}
