package gg.arena.router.subgraph;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** The one seam every subgraph request goes through. */
public interface SubgraphClient {

    /**
     * Sends a GraphQL request body to subgraph {@code name} and returns its parsed response (an object with
     * {@code data} and/or {@code errors}); fails with {@link SubgraphException} when there is none.
     */
    Mono<JsonNode> execute(String name, byte[] body, RequestHeaders headers);

    /** Like {@link #execute} for a request that only reads (a query), which a client may safely send again. */
    default Mono<JsonNode> read(String name, byte[] body, RequestHeaders headers) {
        return execute(name, body, headers);
    }
}
