package gg.arena.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher over real processes: a launcher JVM starting fake services (small HTTP servers
 * packaged as the service jars of a throw-away checkout), then stopped by SIGTERM or by a
 * service that dies.
 */
class LauncherProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void startsEverySubgraphForwardsOutputAndStopsGracefullyOnSigterm() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players", "matches", "store", "social");
        Map<String, String> env = ports("players", "matches", "store", "social");
        for (String name : ServiceCatalog.SUBGRAPHS) {
            env.put("FAKE_" + name.toUpperCase() + "_STOP_MARKER", dir.resolve(name + ".stopped").toString());
        }

        try (LauncherRun run = new LauncherRun(repo.root, env, "--profile", "postgres", "--", "--arena.demo.seed=false")) {
            run.awaitLine(line -> line.contains("all services ready"), WAIT);

            for (String name : ServiceCatalog.SUBGRAPHS) {
                String port = env.get("ARENA_" + name.toUpperCase() + "_PORT");
                assertThat(run.lines()).as("banner names %s's URL", name)
                        .anyMatch(line -> line.contains(name) && line.contains("http://localhost:" + port + "/graphql"));
                assertThat(run.lines()).as("%s got its port, the profile and the pass-through arguments", name)
                        .anyMatch(line -> line.matches("^" + name + " +\\| fake " + name + " pid \\d+ args --server.port=" + port
                                + " --spring.profiles.active=postgres --arena.demo.seed=false$"));
                assertThat(run.lines()).as("stderr is forwarded with the service prefix")
                        .anyMatch(line -> line.matches("^" + name + " +\\| fake " + name + " says hello on stderr$"));
            }
            assertThat(run.output()).contains("router not started: router/target/router.jar does not exist yet");
            List<Long> pids = run.childPids();
            assertThat(pids).hasSize(4).allMatch(LauncherRun::alive);

            run.sigterm();

            assertThat(run.awaitExit(WAIT)).as("exit status after SIGTERM; output:\n%s", run.output()).isZero();
            for (String name : ServiceCatalog.SUBGRAPHS) {
                assertThat(dir.resolve(name + ".stopped")).as("%s ran its shutdown hooks", name).exists();
                assertThat(run.lines()).as("%s's shutdown output is still forwarded", name)
                        .anyMatch(line -> line.matches("^" + name + " +\\| fake " + name + " stopping$"));
            }
            assertThat(run.output()).contains("stopping players, matches, store, social").endsWith("bye");
            assertThat(pids).noneMatch(LauncherRun::alive);
        }
    }

    @Test
    void ctrlCReachingEveryServiceAtOnceIsStillACleanStop() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "needs setsid to make a process group");
        // A job started in the background by a non-interactive shell inherits SIGINT as ignored, and so
        // does every process below it: there Ctrl-C cannot reach the launcher, as for any Unix program.
        assumeFalse(LauncherRun.sigintIgnored(), "SIGINT is ignored in this process tree (a background job)");
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players", "matches");
        Map<String, String> env = ports("players", "matches");

        try (LauncherRun run = new LauncherRun(true, repo.root, env, "--only", "players,matches")) {
            run.awaitLine(line -> line.contains("all services ready"), WAIT);
            run.ctrlC();

            assertThat(run.awaitExit(WAIT)).as("a service exiting on SIGINT is no failure; output:\n%s", run.output()).isZero();
            assertThat(run.output()).doesNotContain("error:").endsWith("bye");
            assertThat(run.childPids()).hasSize(2).noneMatch(LauncherRun::alive);
        }
    }

    @Test
    void aServiceThatDiesStopsTheOthersAndTheLauncherFails() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players", "matches");
        Map<String, String> env = ports("players", "matches");
        env.put("FAKE_MATCHES_DIE_AFTER_MS", "1500");
        env.put("FAKE_PLAYERS_STOP_MARKER", dir.resolve("players.stopped").toString());

        try (LauncherRun run = new LauncherRun(repo.root, env, "--only", "players,matches")) {
            int status = run.awaitExit(WAIT);

            assertThat(status).as("output:\n%s", run.output()).isEqualTo(1);
            assertThat(run.output())
                    .contains("all services ready")
                    .contains("matches exited with status 3; stopping the others")
                    .contains("players stopped");
            assertThat(dir.resolve("players.stopped")).as("players was stopped gracefully").exists();
            assertThat(run.childPids()).hasSize(2).noneMatch(LauncherRun::alive);
        }
    }

    @Test
    void aServiceThatNeverAnswersTimesOutNamingItWithTheTailOfItsLog() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players", "matches");
        Map<String, String> env = ports("players", "matches");
        env.put("FAKE_PLAYERS_DELAY_MS", "600000");

        try (LauncherRun run = new LauncherRun(repo.root, env, "--only", "players,matches", "--timeout", "3")) {
            int status = run.awaitExit(WAIT);

            assertThat(status).as("output:\n%s", run.output()).isEqualTo(1);
            String error = run.awaitLine(line -> line.contains("error:"), WAIT);
            assertThat(error).contains("players did not answer POST http://localhost:"
                    + env.get("ARENA_PLAYERS_PORT") + "/graphql within 3 s");
            assertThat(run.lines()).as("the error shows the tail of players' log")
                    .anyMatch(line -> line.matches("^arena +\\|     fake players pid \\d+ args .*"));
            assertThat(run.output()).doesNotContain("all services ready");
            assertThat(run.childPids()).hasSize(2).noneMatch(LauncherRun::alive);
        }
    }

    @Test
    void aServiceIgnoringSigtermIsKilledAfterTheGracePeriod() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players");
        Map<String, String> env = ports("players");
        env.put("FAKE_PLAYERS_IGNORE_TERM", "true");

        try (LauncherRun run = new LauncherRun(repo.root, env, "--only", "players", "--stop-timeout", "2")) {
            run.awaitLine(line -> line.contains("all services ready"), WAIT);
            run.sigterm();

            assertThat(run.awaitExit(WAIT)).as("output:\n%s", run.output()).isZero();
            assertThat(run.output()).contains("players still running 2 s after SIGTERM; killing it");
            assertThat(run.childPids()).hasSize(1).noneMatch(LauncherRun::alive);
        }
    }

    @Test
    void theRouterStartsAfterTheSubgraphsWithTheSupergraphAndTheirUrls() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players").withRouter();
        Map<String, String> env = ports("players", "router");

        try (LauncherRun run = new LauncherRun(repo.root, env, "--only", "players,router")) {
            run.awaitLine(line -> line.contains("all services ready"), WAIT);
            String routerPort = env.get("ARENA_ROUTER_PORT");

            assertThat(run.lines())
                    .anyMatch(line -> line.matches("^router +\\| fake router pid \\d+ args --supergraph "
                            + repo.supergraph() + " --port " + routerPort
                            + " --subgraph-url players=http://localhost:" + env.get("ARENA_PLAYERS_PORT") + "/graphql$"))
                    .anyMatch(line -> line.matches("^arena +\\|   router +http://localhost:" + routerPort + "/graphql$"));
            int playersReady = indexOf(run.lines(), "players ready after");
            int routerStarted = indexOf(run.lines(), "started router");
            assertThat(playersReady).as("players ready before the router starts").isLessThan(routerStarted);

            run.sigterm();
            assertThat(run.awaitExit(WAIT)).isZero();
        }
    }

    @Test
    void aMissingJarIsAClearErrorAndNothingStarts() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players");

        try (LauncherRun run = new LauncherRun(repo.root, ports("players"))) {
            assertThat(run.awaitExit(WAIT)).isEqualTo(LaunchFailure.USAGE);
            assertThat(run.output())
                    .contains("matches: subgraphs/matches/target/matches.jar is missing; build it first")
                    .doesNotContain("started ");
        }
    }

    @Test
    void aTakenPortIsRefusedBeforeAnythingStarts() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players");
        try (ServerSocket taken = new ServerSocket(0);
                LauncherRun run = new LauncherRun(repo.root,
                        Map.of("ARENA_PLAYERS_PORT", Integer.toString(taken.getLocalPort())), "--only", "players")) {
            assertThat(run.awaitExit(WAIT)).isEqualTo(LaunchFailure.USAGE);
            assertThat(run.output())
                    .contains("players: port " + taken.getLocalPort() + " is already in use")
                    .doesNotContain("started ");
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players");
        try (LauncherRun run = new LauncherRun(repo.root, Map.of(), "--norouter")) {
            assertThat(run.awaitExit(WAIT)).isEqualTo(LaunchFailure.USAGE);
            assertThat(run.output()).contains("unknown option --norouter").contains("Usage:");
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with '" + text + "' in\n" + String.join("\n", lines));
    }

    /** A free loopback port for each service, as ARENA_<NAME>_PORT. */
    private static Map<String, String> ports(String... names) throws IOException {
        Map<String, String> env = new HashMap<>();
        for (String name : names) {
            try (ServerSocket socket = new ServerSocket(0)) {
                env.put("ARENA_" + name.toUpperCase() + "_PORT", Integer.toString(socket.getLocalPort()));
            }
        }
        return env;
    }
}
