package gg.arena.router;

import gg.arena.router.config.ConfigException;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.SubgraphConfig;
import gg.arena.router.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings for a subgraph the supergraph does not have fail start-up. */
class SubgraphNamesTest {

    @Test
    void anUnknownSubgraphNameIsRejected() {
        RouterConfig config = new RouterConfig(Path.of("s"), 4000,
                Map.of("revews", new SubgraphConfig(List.of("http://x/graphql"), null)), null, 0, true);
        assertThatThrownBy(() -> RouterApplication.checkSubgraphNames(config, Fixtures.supergraph("bench")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'revews'")
                .hasMessageContaining("accounts, inventory, products, reviews");
    }

    @Test
    void knownNamesPass() {
        RouterConfig config = new RouterConfig(Path.of("s"), 4000,
                Map.of("reviews", new SubgraphConfig(List.of("http://x/graphql"), null)), null, 0, true);
        assertThatCode(() -> RouterApplication.checkSubgraphNames(config, Fixtures.supergraph("bench")))
                .doesNotThrowAnyException();
    }
}
