package gg.arena.router.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouterConfigLoaderTest {

    @Test
    void readsTheLauncherCommandLine() {
        var cl = RouterConfigLoader.parse("--supergraph", "schema/supergraph.graphql", "--port", "4000");
        assertThat(cl.config().supergraph()).isEqualTo(Path.of("schema/supergraph.graphql"));
        assertThat(cl.config().port()).isEqualTo(4000);
        assertThat(cl.config().subgraphTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(cl.printPlan()).isNull();
    }

    /** The launcher passes no config file: the query-plan header must still work (regression: it was off). */
    @Test
    void theQueryPlanHeaderIsHonouredByDefault() {
        var cl = RouterConfigLoader.parse("--supergraph", "schema/supergraph.graphql");
        assertThat(cl.config().exposeQueryPlan()).isTrue();
    }

    @Test
    void subgraphUrlsMayListSeveralInstances() {
        var cl = RouterConfigLoader.parse("--supergraph=s.graphql", "--subgraph-url",
                "players=http://a:1/graphql,http://b:2/graphql");
        assertThat(cl.config().subgraph("players").urls()).containsExactly("http://a:1/graphql",
                "http://b:2/graphql");
        assertThat(cl.config().subgraph("store").urls()).isEmpty();
    }

    @Test
    void yamlFileIsReadAndOptionsWin(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("router.yaml");
        Files.writeString(yaml, """
                supergraph: a.graphql
                port: 4100
                subgraphTimeout: 2
                subgraphs:
                  store:
                    urls: [http://x/graphql]
                    timeout: PT1S
                """);
        var cl = RouterConfigLoader.parse("--config", yaml.toString(), "--port", "4101");
        assertThat(cl.config().port()).isEqualTo(4101);
        assertThat(cl.config().subgraphTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(cl.config().subgraph("store")).isEqualTo(new SubgraphConfig(List.of("http://x/graphql"),
                Duration.ofSeconds(1)));
    }

    @Test
    void unknownKeysAndOptionsFail(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("router.yaml");
        Files.writeString(yaml, "supergraph: a.graphql\nsubgraphTimeot: 2\n");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--config", yaml.toString()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("subgraphTimeot");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--supergraph", "a", "--prot", "1"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--prot");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--port", "4000"))
                .hasMessageContaining("--supergraph");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--supergraph", "a", "--port", "99999"))
                .hasMessageContaining("65535");
    }

    @Test
    void subscriptionLimitsHaveDefaultsAndAreReadFromYaml(@TempDir Path dir) throws Exception {
        SubscriptionConfig defaults = RouterConfigLoader.parse("--supergraph", "a").config().subscriptions();
        assertThat(defaults).isEqualTo(new SubscriptionConfig(100, 262_144, Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofSeconds(15), Duration.ofSeconds(5)));
        Path yaml = dir.resolve("router.yaml");
        Files.writeString(yaml, """
                supergraph: a.graphql
                subscriptions:
                  maxSubscriptionsPerConnection: 5
                  maxMessageBytes: 1024
                  connectionInitTimeout: PT3S
                  idleTimeout: 30
                """);
        SubscriptionConfig read = RouterConfigLoader.parse("--config", yaml.toString()).config().subscriptions();
        assertThat(read).isEqualTo(new SubscriptionConfig(5, 1024, Duration.ofSeconds(3), Duration.ofSeconds(30),
                Duration.ofSeconds(15), Duration.ofSeconds(5)));
    }

    @Test
    void badSubscriptionLimitsFailStartUpNamingTheKey(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("router.yaml");
        Files.writeString(yaml, "supergraph: a.graphql\nsubscriptions:\n  maxSubscriptionPerConnection: 5\n");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--config", yaml.toString()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("maxSubscriptionPerConnection");
        Files.writeString(yaml, "supergraph: a.graphql\nsubscriptions:\n  idleTimeout: 10\n");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--config", yaml.toString()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("keepAliveInterval")
                .hasMessageContaining("idleTimeout");
        Files.writeString(yaml, "supergraph: a.graphql\nsubscriptions:\n  maxMessageBytes: 0\n");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--config", yaml.toString()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("maxMessageBytes");
    }

    @Test
    void devModeTakesLiveSubgraphsAndAPollInterval() {
        var cl = RouterConfigLoader.parse("--subgraphs",
                "players=http://127.0.0.1:4001/graphql, matches=http://127.0.0.1:4002/graphql",
                "--subgraph", "store=https://store.example/graphql", "--poll-interval", "500ms");
        assertThat(cl.config().composesLive()).isTrue();
        assertThat(cl.config().supergraph()).isNull();
        assertThat(cl.config().liveSubgraphs()).containsExactly(
                java.util.Map.entry("players", "http://127.0.0.1:4001/graphql"),
                java.util.Map.entry("matches", "http://127.0.0.1:4002/graphql"),
                java.util.Map.entry("store", "https://store.example/graphql"));
        assertThat(cl.config().pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(RouterConfigLoader.parse("--supergraph", "s").config().pollInterval())
                .isEqualTo(RouterConfig.DEFAULT_POLL_INTERVAL);
        assertThat(RouterConfigLoader.parse("--supergraph", "s", "--poll-interval", "0").config().pollInterval())
                .isZero();
        assertThat(RouterConfigLoader.parse("--supergraph", "s", "--poll-interval=PT2S").config().pollInterval())
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void devModeKeysInYaml(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("router.yaml");
        Files.writeString(yaml, """
                liveSubgraphs:
                  players: http://127.0.0.1:4001/graphql
                pollInterval: PT1S
                """);
        var cl = RouterConfigLoader.parse("--config", yaml.toString());
        assertThat(cl.config().liveSubgraphs()).containsEntry("players", "http://127.0.0.1:4001/graphql");
        assertThat(cl.config().pollInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void badDevModeInputIsNamed() {
        assertThatThrownBy(() -> RouterConfigLoader.parse("--subgraphs", "players"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--subgraphs needs NAME=URL")
                .hasMessageContaining("'players'");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--subgraphs", "players=ftp://x/graphql"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'players'")
                .hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--subgraphs", "players=http://a/graphql",
                "--subgraph", "players=http://b/graphql"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'players' is given twice");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--subgraphs", "play ers=http://a/graphql"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("subgraph name 'play ers'");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--subgraphs", "players=http://a/graphql",
                "--supergraph", "s.graphql"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("exclude each other");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--supergraph", "s", "--poll-interval", "soon"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--poll-interval")
                .hasMessageContaining("'soon'");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--supergraph", "s", "--poll-interval", "-PT1S"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--poll-interval");
        assertThatThrownBy(() -> RouterConfigLoader.parse("--subgraph"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--subgraph needs a value");
    }
}
