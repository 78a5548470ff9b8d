package gg.arena.router.reload;

import gg.arena.router.Router;
import gg.arena.router.config.ConfigException;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.instrument.RouterInstrumentation;
import gg.arena.router.subgraph.HttpSubgraphClient;
import gg.arena.router.supergraph.Supergraph;
import tools.jackson.databind.json.JsonMapper;

import java.util.Set;
import java.util.TreeSet;

/**
 * Builds what serving one supergraph takes: a subgraph client for its routing URLs (the configured
 * {@code subgraphs.<name>.urls} / {@code --subgraph-url} overrides still win) and a {@link Router} with fresh caches.
 */
public final class SnapshotFactory {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotFactory.class);
    private final RouterConfig config;
    private final JsonMapper mapper;
    private final RouterInstrumentation instrumentation;

    public SnapshotFactory(RouterConfig config, JsonMapper mapper, RouterInstrumentation instrumentation) {
        this.config = config;
        this.mapper = mapper;
        this.instrumentation = instrumentation;
    }

    /**
     * @throws ConfigException when the configuration names a subgraph the supergraph does not have
     * @throws RuntimeException when the supergraph cannot be served (e.g. its API schema does not build)
     */
    public RouterSnapshot build(Supergraph supergraph) {
        checkSubgraphNames(config, supergraph);
        ServedSupergraph served = ServedSupergraph.of(supergraph);
        HttpSubgraphClient client = new HttpSubgraphClient(supergraph, config, mapper);
        try {
            Router router = new Router(supergraph, client, mapper, config.planCacheSize(), instrumentation);
            for (var g : supergraph.graphs().values()) {
                var urls = config.subgraph(g.name()).urls();
                LOG.info("supergraph {}: subgraph {} at {}", served.hash(), g.name(),
                        urls.isEmpty() ? g.url() : String.join(", ", urls));
            }
            return new RouterSnapshot(served, router, client);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Settings for a subgraph the supergraph does not have are a typo: say which. */
    public static void checkSubgraphNames(RouterConfig config, Supergraph supergraph) {
        Set<String> known = new TreeSet<>();
        supergraph.graphs().values().forEach(g -> known.add(g.name()));
        for (String name : config.subgraphs().keySet()) {
            if (!known.contains(name)) {
                throw new ConfigException("subgraph '" + name + "' is configured but the supergraph has none by that"
                        + " name (it has: " + String.join(", ", known) + ")");
            }
        }
    }
}
