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
 * @param liveSubgraphs   dev mode: subgraph name to the URL whose {@code _service { sdl }} is composed into the
 *                        supergraph at start-up and polled ({@code --subgraphs}, {@code --subgraph}, key
 *                        {@code liveSubgraphs}); instead of {@code supergraph}
 * @param pollInterval    how often the supergraph file or the live subgraphs are checked for changes (key
 *                        {@code pollInterval}, {@code --poll-interval}; default 3s; zero turns reloading off)
 * @param subscriptions   limits of the WebSocket, SSE and multipart subscription transports (key
 *                        {@code subscriptions}; see {@link SubscriptionConfig})
 */
public record RouterConfig(Path supergraph, int port, Map<String, SubgraphConfig> subgraphs, Duration subgraphTimeout,
                           int planCacheSize, Boolean exposeQueryPlan, Map<String, String> liveSubgraphs,
                           Duration pollInterval, SubscriptionConfig subscriptions) {
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(3);

    public RouterConfig {
        if (subscriptions == null) {
            subscriptions = SubscriptionConfig.DEFAULTS;
        }
        if (exposeQueryPlan == null) {
            exposeQueryPlan = true;
        }
        subgraphs = subgraphs == null ? Map.of() : Map.copyOf(subgraphs);
        liveSubgraphs = liveSubgraphs == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(liveSubgraphs));
        if (pollInterval == null) {
            pollInterval = DEFAULT_POLL_INTERVAL;
        }
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("pollInterval must not be negative");
        }
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

    /** A file-served configuration with the default dev-mode, reload and subscription settings. */
    public RouterConfig(Path supergraph, int port, Map<String, SubgraphConfig> subgraphs, Duration subgraphTimeout,
                        int planCacheSize, Boolean exposeQueryPlan) {
        this(supergraph, port, subgraphs, subgraphTimeout, planCacheSize, exposeQueryPlan, null, null, null);
    }

    /** A file-served configuration with these subscription limits. */
    public RouterConfig(Path supergraph, int port, Map<String, SubgraphConfig> subgraphs, Duration subgraphTimeout,
                        int planCacheSize, Boolean exposeQueryPlan, SubscriptionConfig subscriptions) {
        this(supergraph, port, subgraphs, subgraphTimeout, planCacheSize, exposeQueryPlan, null, null, subscriptions);
    }

    /** With the default subscription limits. */
    public RouterConfig(Path supergraph, int port, Map<String, SubgraphConfig> subgraphs, Duration subgraphTimeout,
                        int planCacheSize, Boolean exposeQueryPlan, Map<String, String> liveSubgraphs,
                        Duration pollInterval) {
        this(supergraph, port, subgraphs, subgraphTimeout, planCacheSize, exposeQueryPlan, liveSubgraphs,
                pollInterval, null);
    }

    public static RouterConfig of(Path supergraph, int port) {
        return new RouterConfig(supergraph, port, Map.of(), null, 0, true);
    }

    /** Dev mode: the supergraph is composed from {@link #liveSubgraphs()} instead of read from a file. */
    public boolean composesLive() {
        return !liveSubgraphs.isEmpty();
    }

    /** This configuration with another poll interval. */
    public RouterConfig withPollInterval(Duration interval) {
        return new RouterConfig(supergraph, port, subgraphs, subgraphTimeout, planCacheSize, exposeQueryPlan,
                liveSubgraphs, interval, subscriptions);
    }

    /** The settings of subgraph {@code name}, defaults when none are configured. */
    public SubgraphConfig subgraph(String name) {
        return subgraphs.getOrDefault(name, new SubgraphConfig(null, null));
    }
}
