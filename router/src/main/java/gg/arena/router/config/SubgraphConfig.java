package gg.arena.router.config;

import java.time.Duration;
import java.util.List;

/**
 * Settings of one subgraph, keyed by subgraph name in {@link RouterConfig#subgraphs()}.
 *
 * @param urls    instances to balance over (round robin); empty: the supergraph's {@code join__graph(url:)}
 * @param timeout how long one request to this subgraph may take; null: {@link RouterConfig#subgraphTimeout()}
 */
public record SubgraphConfig(List<String> urls, Duration timeout) {
    public SubgraphConfig {
        urls = urls == null ? List.of() : List.copyOf(urls);
    }
}
