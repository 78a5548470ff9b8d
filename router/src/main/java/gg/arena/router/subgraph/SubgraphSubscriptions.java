package gg.arena.router.subgraph;

import java.util.Map;
import reactor.core.publisher.Flux;

/**
 * The seam every upstream subscription goes through: the subscription root field is sent to the
 * subgraph that owns it over graphql-transport-ws. One connection per subgraph instance carries many
 * subscriptions, and identical subscriptions (same subgraph, document, variables and viewer) share
 * one upstream subscription.
 */
public interface SubgraphSubscriptions extends AutoCloseable {

    /**
     * Starts, or joins an identical running, upstream subscription on subgraph {@code name}.
     *
     * @param name      subgraph name as in the supergraph ({@code join__Graph})
     * @param query     the subgraph operation (a subscription document)
     * @param variables its variables (may be empty)
     * @param headers   the client's forwarded headers; {@code Authorization} travels with this subscription
     * @return each {@code next} payload as a map ({@code data}, {@code errors}, {@code extensions});
     *         completes when the subgraph sends {@code complete}; errors with {@link SubgraphException} on
     *         {@code error}, a closed socket or a failed connection. Cancelling leaves the subscription;
     *         the upstream one is completed when its last subscriber leaves.
     */
    Flux<Map<String, Object>> subscribe(String name, String query, Map<String, Object> variables,
                                        RequestHeaders headers);

    /** Closes every upstream connection. */
    @Override
    void close();
}
