package gg.arena.router.reload;

import gg.arena.router.Router;
import gg.arena.router.config.ConfigException;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.instrument.RouterInstrumentation;
import gg.arena.router.subgraph.HttpSubgraphClient;
import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.subgraph.SubgraphSubscriptions;
import gg.arena.router.subscription.NoUpstreamSubscriptions;
import gg.arena.router.supergraph.Supergraph;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import reactor.core.publisher.Flux;

/**
 * Builds what serving one supergraph takes: a subgraph client for its routing URLs (the configured
 * {@code subgraphs.<name>.urls} / {@code --subgraph-url} overrides still win), an upstream subscription client for the
 * same URLs, and a {@link Router} with fresh caches.
 */
public final class SnapshotFactory {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotFactory.class);
    private final RouterConfig config;
    private final JsonMapper mapper;
    private final RouterInstrumentation instrumentation;
    private final Function<Supergraph, SubgraphSubscriptions> upstream;

    /** Without upstream subscriptions (subscription operations fail with an error). */
    public SnapshotFactory(RouterConfig config, JsonMapper mapper, RouterInstrumentation instrumentation) {
        this(config, mapper, instrumentation, supergraph -> new NoUpstreamSubscriptions());
    }

    /** @param upstream opens the upstream subscription client of a supergraph; it is closed with the snapshot */
    public SnapshotFactory(RouterConfig config, JsonMapper mapper, RouterInstrumentation instrumentation,
                           Function<Supergraph, SubgraphSubscriptions> upstream) {
        this.config = config;
        this.mapper = mapper;
        this.instrumentation = instrumentation;
        this.upstream = upstream;
    }

    /** One client for every supergraph, owned by the caller: snapshots do not close it. */
    public static Function<Supergraph, SubgraphSubscriptions> shared(SubgraphSubscriptions client) {
        SubgraphSubscriptions unclosed = new SubgraphSubscriptions() {
            @Override
            public Flux<Map<String, Object>> subscribe(String name, String query, Map<String, Object> variables,
                                                       RequestHeaders headers) {
                return client.subscribe(name, query, variables, headers);
            }

            @Override
            public void close() {
            }
        };
        return supergraph -> unclosed;
    }

    /**
     * @throws ConfigException when the configuration names a subgraph the supergraph does not have
     * @throws RuntimeException when the supergraph cannot be served (e.g. its API schema does not build)
     */
    public RouterSnapshot build(Supergraph supergraph) {
        checkSubgraphNames(config, supergraph);
        ServedSupergraph served = ServedSupergraph.of(supergraph);
        HttpSubgraphClient client = new HttpSubgraphClient(supergraph, config, mapper);
        SubgraphSubscriptions subscriptions = null;
        try {
            subscriptions = upstream.apply(supergraph);
            Router router = new Router(supergraph, client, subscriptions, mapper, config.planCacheSize(),
                    instrumentation);
            for (var g : supergraph.graphs().values()) {
                var urls = config.subgraph(g.name()).urls();
                LOG.info("supergraph {}: subgraph {} at {}", served.hash(), g.name(),
                        urls.isEmpty() ? g.url() : String.join(", ", urls));
            }
            SubgraphSubscriptions opened = subscriptions;
            return new RouterSnapshot(served, router, () -> {
                try {
                    opened.close();
                } finally {
                    client.close();
                }
            });
        } catch (RuntimeException e) {
            if (subscriptions != null) {
                subscriptions.close();
            }
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
