package gg.arena.router.subscription;

import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.subgraph.SubgraphException;
import gg.arena.router.subgraph.SubgraphSubscriptions;
import reactor.core.publisher.Flux;

import java.util.Map;

/**
 * Stands in when no upstream subscription transport is configured (a router used as a library for queries only):
 * every subscription fails at once with a {@link SubgraphException} that says so, instead of hanging.
 */
public final class NoUpstreamSubscriptions implements SubgraphSubscriptions {

    @Override
    public Flux<Map<String, Object>> subscribe(String name, String query, Map<String, Object> variables,
                                               RequestHeaders headers) {
        return Flux.error(new SubgraphException(name, "no upstream subscription transport is configured", null));
    }

    @Override
    public void close() {
    }
}
