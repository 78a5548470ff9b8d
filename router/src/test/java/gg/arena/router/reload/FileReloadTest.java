package gg.arena.router.reload;

import gg.arena.router.RouterApplication;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.RouterConfigLoader;
import gg.arena.router.supergraph.SupergraphParser;
import gg.arena.router.testing.FixtureSubgraph;
import gg.arena.schema.compose.Composer;
import gg.arena.schema.compose.SubgraphSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static gg.arena.router.reload.ReloadFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --supergraph FILE} over real HTTP: a changed file is served (routing follows its URLs, {@code --subgraph-url}
 * overrides stay), a file the router cannot serve leaves the last good supergraph serving and says why.
 */
class FileReloadTest {
    /** The supergraph file's own URL for matches: nothing listens there; only the override reaches matches. */
    static final String UNREACHABLE = "http://127.0.0.1:9/graphql";

    @Test
    void aChangedFileIsServedAndABadOneIsNot(@TempDir Path dir) throws Exception {
        List<AutoCloseable> open = new ArrayList<>();
        try {
            FixtureSubgraph playersA = playersV1();
            FixtureSubgraph playersB = playersV2();
            FixtureSubgraph matches = matches();
            FixtureSubgraph ranks = ranks();
            open.addAll(List.of(playersA, playersB, matches, ranks));
            Path file = dir.resolve("supergraph.graphql");
            write(file, compose(new SubgraphSource("players", playersA.url(), playersSdl("")),
                    new SubgraphSource("matches", UNREACHABLE, MATCHES_SDL)));
            int port = freePort();
            RouterConfig config = RouterConfigLoader.parse("--supergraph", file.toString(), "--subgraph-url",
                    "matches=" + matches.url(), "--poll-interval", "100ms", "--port", String.valueOf(port)).config();
            ConfigurableApplicationContext app = RouterApplication.start(config,
                    SupergraphParser.parse(Files.readString(file), file.toString()));
            open.add(0, app::close);
            String base = "http://127.0.0.1:" + port;
            String h1 = hash(base);
            assertThat(query(base, "{ player(id: \"1\") { name matchCount } }").toString())
                    .isEqualTo("{\"data\":{\"player\":{\"name\":\"Ana\",\"matchCount\":12}}}");

            // New field, players moved to another URL, a new subgraph: the new supergraph routes to both.
            write(file, compose(new SubgraphSource("players", playersB.url(), playersSdl("level: Int")),
                    new SubgraphSource("matches", UNREACHABLE, MATCHES_SDL),
                    new SubgraphSource("ranks", ranks.url(), RANKS_SDL)));
            await("the changed file is served", () -> !hash(base).equals(h1));
            playersA.reset();
            assertThat(query(base, "{ player(id: \"1\") { name level matchCount tier } }").toString())
                    .isEqualTo("{\"data\":{\"player\":{\"name\":\"Ana\",\"level\":7,\"matchCount\":12,"
                            + "\"tier\":\"diamond\"}}}");
            assertThat(playersB.requests()).isNotEmpty();
            assertThat(ranks.requests()).isNotEmpty();
            assertThat(playersA.requests()).isEmpty();
            String h2 = hash(base);

            // Not a supergraph: rejected with the parser's reason; the last good one answers.
            write(file, "type Query {");
            await("the broken file is rejected", () -> failed(base) == 1);
            JsonNode health = health(base);
            assertThat(health.path("supergraph").path("hash").asString()).isEqualTo(h2);
            assertThat(health.path("supergraph").path("problems").get(0).asString()).contains(file.toString());
            assertThat(query(base, "{ player(id: \"1\") { level } }").toString())
                    .isEqualTo("{\"data\":{\"player\":{\"level\":7}}}");

            // A supergraph without the subgraph --subgraph-url configures: rejected, like at start-up.
            write(file, compose(new SubgraphSource("players", playersB.url(), playersSdl("level: Int"))));
            await("the supergraph without matches is rejected", () -> failed(base) == 2);
            assertThat(health(base).path("supergraph").path("problems").get(0).asString())
                    .contains("'matches' is configured");
            assertThat(hash(base)).isEqualTo(h2);
        } finally {
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }

    static long failed(String base) {
        try {
            return health(base).path("supergraph").path("failedReloads").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String compose(SubgraphSource... sources) {
        return Composer.compose(List.of(sources)).supergraphOrThrow();
    }

    /** Replaces the file in one step, as deployment tools do. */
    static void write(Path file, String content) throws Exception {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
