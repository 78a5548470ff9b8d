package gg.arena.router.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The router's configuration: command-line options, optionally a YAML file given with {@code --config}. Unknown keys
 * fail start-up.
 *
 * @param supergraph      the supergraph SDL file ({@code --supergraph}, key {@code supergraph})
 * @param port            HTTP port ({@code --port}, key {@code port}; default 4000)
 * @param subgraphs       per-subgraph settings by subgraph name (key {@code subgraphs}), e.g. several URLs
 * @param subgraphTimeout default timeout of one subgraph request (key {@code subgraphTimeout}; default 10s)
 * @param planCacheSize   how many query plans to keep (key {@code planCacheSize}; default 2000)
 * @param exposeQueryPlan whether the {@code X-Arena-Query-Plan: true} header may add the plan to responses
 *                        (key {@code exposeQueryPlan}; default true)
 * @param subscriptions   limits of the WebSocket, SSE and multipart subscription transports (key
 *                        {@code subscriptions}; see {@link SubscriptionConfig})
 */
public record RouterConfig(Path supergraph, int port, Map<String, SubgraphConfig> subgraphs, Duration subgraphTimeout,
                           int planCacheSize, Boolean exposeQueryPlan, SubscriptionConfig subscriptions) {

    /** A configuration with the default subscription limits. */
    public RouterConfig(Path supergraph, int port, Map<String, SubgraphConfig> subgraphs, Duration subgraphTimeout,
                        int planCacheSize, Boolean exposeQueryPlan) {
        this(supergraph, port, subgraphs, subgraphTimeout, planCacheSize, exposeQueryPlan, null);
    }

    public RouterConfig {
        if (subscriptions == null) {
            subscriptions = SubscriptionConfig.DEFAULTS;
        }
        if (exposeQueryPlan == null) {
            exposeQueryPlan = true;
        }
        subgraphs = subgraphs == null ? Map.of() : Map.copyOf(subgraphs);
        if (subgraphTimeout == null) {
            subgraphTimeout = Duration.ofSeconds(10);
        }
        if (port == 0) {
            port = 4000;
        }
        if (planCacheSize <= 0) {
            planCacheSize = 2000;
        }
    }

    public static RouterConfig of(Path supergraph, int port) {
        return new RouterConfig(supergraph, port, Map.of(), null, 0, true);
    }

    /** The settings of subgraph {@code name}, defaults when none are configured. */
    public SubgraphConfig subgraph(String name) {
        return subgraphs.getOrDefault(name, new SubgraphConfig(null, null));
    }
}
