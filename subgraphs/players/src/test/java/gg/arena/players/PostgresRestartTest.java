package gg.arena.players;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.subgraph.testing.CleanDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Data written under the postgres profile is still there after the service restarts. */
@EnabledIf("gg.arena.subgraph.testing.Postgres#available")
class PostgresRestartTest {

    private static SpringApplicationBuilder app(Class<?>... extraSources) {
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = PlayersApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new SpringApplicationBuilder(sources)
                .profiles("postgres")
                .properties("server.port=0", "ARENA_DB_SCHEMA=players_test", "spring.flyway.clean-disabled=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static int rows(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM player").query(Integer.class).single();
    }

    @Test
    void aRegisteredPlayerSurvivesARestart() {
        String handle = TestPlayers.uniqueHandle();
        String id;
        int rowsBeforeRestart;
        try (ConfigurableApplicationContext first = app(CleanDatabase.class).run()) {
            id = TestPlayers.register(new GraphQlHttp(port(first)), handle, "EU").string("/registerPlayer/player/id");
            rowsBeforeRestart = rows(first);
        }

        try (ConfigurableApplicationContext second = app().run()) {
            GraphQlHttp graphql = new GraphQlHttp(port(second));
            GraphQlHttp.Result found = graphql.post(
                    "query($h: String!) { playerByHandle(handle: $h) { id handle } }", Map.of("h", handle)).ok();
            assertThat(found.string("/playerByHandle/id")).isEqualTo(id);
            graphql.post("mutation($h: String!, $p: String!) { login(handle: $h, password: $p) { token } }",
                    Map.of("h", handle, "p", TestPlayers.PASSWORD)).ok();
            // The seeder saw a non-empty table and added nothing.
            assertThat(rows(second)).isEqualTo(rowsBeforeRestart);
        }
    }
}
