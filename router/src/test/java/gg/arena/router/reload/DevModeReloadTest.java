package gg.arena.router.reload;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gg.arena.router.RouterApplication;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.RouterConfigLoader;
import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.testing.FixtureSubgraph;
import gg.arena.router.testing.SwitchableSubgraph;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static gg.arena.router.reload.ReloadFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dev mode over real HTTP: the router composes the live subgraphs' SDLs, follows their changes, keeps a request that
 * started before a swap on the supergraph it started with, and keeps serving when a change does not compose.
 */
class DevModeReloadTest {

    @Test
    void followsTheLiveSubgraphs() throws Exception {
        List<AutoCloseable> open = new ArrayList<>();
        ListAppender<ILoggingEvent> log = null;
        try {
            FixtureSubgraph v1 = playersV1();
            FixtureSubgraph matches = matches();
            open.add(v1);
            open.add(matches);
            SwitchableSubgraph players = new SwitchableSubgraph(0, v1);
            open.add(players);
            int port = freePort();
            RouterConfig config = RouterConfigLoader.parse("--subgraphs",
                    "players=" + players.url() + ",matches=" + matches.url(), "--poll-interval", "100ms",
                    "--port", String.valueOf(port)).config();
            Supergraph first = DevModeStartup.compose(config, false);
            ConfigurableApplicationContext app = RouterApplication.start(config, first);
            open.add(0, app::close);
            log = capture(SupergraphReloader.class); // after start-up, which resets the logging configuration
            String base = "http://127.0.0.1:" + port;

            String h1 = hash(base);
            assertThat(health(base).path("supergraph").path("source").asString()).contains("players=");
            assertThat(query(base, "{ player(id: \"1\") { name matchCount } }").toString())
                    .isEqualTo("{\"data\":{\"player\":{\"name\":\"Ana\",\"matchCount\":12}}}");
            assertThat(query(base, "{ player(id: \"1\") { level } }").path("errors").get(0).path("message")
                    .asString()).contains("level");

            // A new field becomes queryable after the swap.
            FixtureSubgraph v2 = playersV2();
            open.add(v2);
            players.serve(v2);
            await("the router serves the changed players SDL", () -> !hash(base).equals(h1));
            assertThat(query(base, "{ player(id: \"1\") { name level matchCount } }").toString())
                    .isEqualTo("{\"data\":{\"player\":{\"name\":\"Ana\",\"level\":7,\"matchCount\":12}}}");
            assertThat(health(base).path("supergraph").path("reloads").asLong()).isEqualTo(1);

            // A request in flight at a slow subgraph when the supergraph changes finishes on its own supergraph.
            String h2 = hash(base);
            players.hold();
            CompletableFuture<String> inFlight = queryAsync(base, "{ player(id: \"1\") { name level matchCount } }");
            assertThat(players.awaitHeld(30)).as("the request reached the subgraph").isTrue();
            FixtureSubgraph v3 = playersV3();
            open.add(v3);
            players.serve(v3);
            await("the router serves players v3", () -> !hash(base).equals(h2));
            assertThat(inFlight).isNotDone();
            players.release();
            assertThat(inFlight.get(30, TimeUnit.SECONDS))
                    .isEqualTo("{\"data\":{\"player\":{\"name\":\"Ana\",\"level\":7,\"matchCount\":12}}}");
            assertThat(query(base, "{ player(id: \"1\") { rank } }").toString())
                    .isEqualTo("{\"data\":{\"player\":{\"rank\":\"gold\"}}}");

            // A change that does not compose: the last good supergraph keeps answering; the errors are logged once.
            String h3 = hash(base);
            FixtureSubgraph bad = playersConflicting();
            open.add(bad);
            players.serve(bad);
            await("the change is rejected",
                    () -> healthQuietly(base).path("supergraph").path("failedReloads").asLong() == 1);
            int polls = players.sdlRequests();
            await("three more polls", () -> players.sdlRequests() >= polls + 3);
            JsonNode health = health(base);
            assertThat(health.path("supergraph").path("hash").asString()).isEqualTo(h3);
            assertThat(health.path("supergraph").path("problems").get(0).asString()).startsWith("[")
                    .contains("matchCount");
            assertThat(query(base, "{ player(id: \"1\") { rank matchCount } }").toString())
                    .isEqualTo("{\"data\":{\"player\":{\"rank\":\"gold\",\"matchCount\":12}}}");
            List<String> logged = messages(log);
            assertThat(logged.stream().filter(m -> m.contains("cannot be served")).count()).isEqualTo(1);
            String problem = health.path("supergraph").path("problems").get(0).asString();
            assertThat(logged).contains("  " + problem);
            assertThat(get(base + "/metrics"))
                    .contains("arena_router_supergraph_reloads_total{outcome=\"success\"} 2.0")
                    .contains("arena_router_supergraph_reloads_total{outcome=\"failure\"} 1.0");

            // Fixed again: served, and /health no longer lists problems.
            players.serve(v2);
            await("the fixed SDL is served", () -> !hash(base).equals(h3));
            assertThat(hash(base)).isEqualTo(h2);
            assertThat(health(base).path("supergraph").path("problems").size()).isZero();
        } finally {
            if (log != null) {
                release(SupergraphReloader.class, log);
            }
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }

    /** A subgraph that is down at start-up is waited for, with a log line saying so. */
    @Test
    void waitsForASubgraphThatIsDownAtStart() throws Exception {
        ListAppender<ILoggingEvent> log = capture(DevModeStartup.class);
        try (FixtureSubgraph v1 = playersV1(); FixtureSubgraph matches = matches()) {
            int playersPort = freePort();
            RouterConfig config = RouterConfigLoader.parse("--subgraph",
                    "players=http://127.0.0.1:" + playersPort + "/graphql", "--subgraph", "matches=" + matches.url(),
                    "--poll-interval", "100ms").config();
            AtomicReference<Object> result = new AtomicReference<>();
            Thread starter = new Thread(() -> {
                try {
                    result.set(DevModeStartup.compose(config, true));
                } catch (RuntimeException e) {
                    result.set(e);
                }
            });
            starter.setDaemon(true);
            starter.start();
            await("the start-up says it waits", () -> messages(log).stream()
                    .anyMatch(m -> m.contains("waiting for the subgraphs") && m.contains("players")));
            assertThat(result.get()).isNull();
            try (SwitchableSubgraph players = new SwitchableSubgraph(playersPort, v1)) {
                starter.join(30_000);
                assertThat(result.get()).isInstanceOf(Supergraph.class);
                Supergraph sg = (Supergraph) result.get();
                assertThat(sg.graphs().values()).extracting(g -> g.url())
                        .containsExactlyInAnyOrder(players.url(), matches.url());
            }
        } finally {
            release(DevModeStartup.class, log);
        }
    }

    /** Without waiting (as for --print-plan), an unreachable subgraph is an error naming it. */
    @Test
    void anUnreachableSubgraphIsNamedWhenNotWaiting() throws Exception {
        RouterConfig config = RouterConfigLoader.parse("--subgraphs", "players=http://127.0.0.1:9/graphql")
                .config();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DevModeStartup.compose(config, false))
                .hasMessageContaining("players").hasMessageContaining("127.0.0.1:9");
    }

    static JsonNode healthQuietly(String base) {
        try {
            return health(base);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
