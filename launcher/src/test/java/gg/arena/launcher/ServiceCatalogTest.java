package gg.arena.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCatalogTest {

    @TempDir
    Path dir;

    @Test
    void everySubgraphOnItsDefaultPortAndNoRouterUntilItIsBuilt() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players", "matches", "store", "social");

        ServiceCatalog.Plan plan = new ServiceCatalog(repo.root, Map.of()).plan(LaunchOptions.parse());

        assertThat(plan.subgraphs()).extracting(ServiceSpec::name).containsExactly("players", "matches", "store", "social");
        assertThat(plan.subgraphs()).extracting(ServiceSpec::port).containsExactly(4001, 4002, 4003, 4004);
        assertThat(plan.subgraphs().getFirst().jar()).isEqualTo(repo.root.resolve("subgraphs/players/target/players.jar"));
        assertThat(plan.subgraphs().getFirst().args()).containsExactly("--server.port=4001");
        assertThat(plan.routers()).isEmpty();
        assertThat(plan.notes()).containsExactly("router not started: router/target/router.jar does not exist yet");
    }

    @Test
    void portsComeFromTheEnvironmentAndTheRouterGetsTheSupergraphAndTheSubgraphUrls() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players", "matches", "store", "social").withRouter();
        Map<String, String> env = Map.of("ARENA_PLAYERS_PORT", "5001", "ARENA_ROUTER_PORT", " 5000 ");

        ServiceCatalog.Plan plan = new ServiceCatalog(repo.root, env).plan(LaunchOptions.parse("--profile", "postgres"));

        assertThat(plan.subgraphs().getFirst().args()).containsExactly("--server.port=5001", "--spring.profiles.active=postgres");
        ServiceSpec router = plan.routers().getFirst();
        assertThat(router.port()).isEqualTo(5000);
        assertThat(router.args()).containsExactly("--supergraph", repo.supergraph().toString(), "--port", "5000",
                "--subgraph-url", "players=http://localhost:5001/graphql",
                "--subgraph-url", "matches=http://localhost:4002/graphql",
                "--subgraph-url", "store=http://localhost:4003/graphql",
                "--subgraph-url", "social=http://localhost:4004/graphql");
        assertThat(plan.all()).extracting(ServiceSpec::name).containsExactly("players", "matches", "store", "social", "router");
    }

    @Test
    void onlyAndNoRouterNarrowTheSelection() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players", "social").withRouter();
        ServiceCatalog catalog = new ServiceCatalog(repo.root, Map.of());

        assertThat(catalog.plan(LaunchOptions.parse("--only", "social,players")).all())
                .extracting(ServiceSpec::name).containsExactly("players", "social");
        assertThat(catalog.plan(LaunchOptions.parse("--only", "players,router", "--no-router")).all())
                .extracting(ServiceSpec::name).containsExactly("players");
        assertThat(catalog.plan(LaunchOptions.parse("--only", "router")).all())
                .extracting(ServiceSpec::name).containsExactly("router");
    }

    @Test
    void clearErrorsForUnknownServicesMissingJarsAndBadPorts() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players");
        ServiceCatalog catalog = new ServiceCatalog(repo.root, Map.of("ARENA_PLAYERS_PORT", "70000"));

        assertThatThrownBy(() -> catalog.plan(LaunchOptions.parse("--only", "chat")))
                .hasMessageContaining("unknown service 'chat'").hasMessageContaining("players, matches, store, social, router");
        assertThatThrownBy(() -> catalog.plan(LaunchOptions.parse("--only", "matches")))
                .hasMessage("matches: subgraphs/matches/target/matches.jar is missing; " + ServiceCatalog.BUILD_HINT);
        assertThatThrownBy(() -> new ServiceCatalog(repo.root, Map.of()).plan(LaunchOptions.parse("--only", "players,router")))
                .hasMessageStartingWith("router: router/target/router.jar is missing");
        assertThatThrownBy(() -> catalog.plan(LaunchOptions.parse("--only", "players")))
                .hasMessage("ARENA_PLAYERS_PORT must be a port number (1-65535), got '70000'");
    }

    @Test
    void theCheckoutIsFoundFromAnyFolderBelowIt() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players");

        assertThat(RepoRoot.search(repo.root.resolve("subgraphs/players/target"))).contains(repo.root);
        assertThat(RepoRoot.search(Path.of("/"))).isEmpty();
    }

    @Test
    void subgraphsStartOnTheFirstJitTierUnlessJavaOptionsAreGiven() throws Exception {
        FakeRepo repo = new FakeRepo(dir).withSubgraphs("players").withRouter();
        LaunchOptions options = LaunchOptions.parse("--only", "players,router");

        ServiceCatalog.Plan defaults = new ServiceCatalog(repo.root, Map.of()).plan(options);
        assertThat(defaults.subgraphs().getFirst().jvmOptions()).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(defaults.routers().getFirst().jvmOptions()).isEmpty();

        ServiceCatalog.Plan given = new ServiceCatalog(repo.root, Map.of("ARENA_JAVA_OPTS", "  -Xmx512m   -XX:+UseSerialGC ")).plan(options);
        assertThat(given.all()).allSatisfy(spec -> assertThat(spec.jvmOptions()).isEqualTo(List.of("-Xmx512m", "-XX:+UseSerialGC")));

        ServiceCatalog.Plan none = new ServiceCatalog(repo.root, Map.of("ARENA_JAVA_OPTS", "")).plan(options);
        assertThat(none.all()).allSatisfy(spec -> assertThat(spec.jvmOptions()).isEmpty());
    }
}
