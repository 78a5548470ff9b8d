package gg.arena.router.subgraph;

/** A subgraph request that gave no GraphQL response (connection refused, timeout, open circuit, bad HTTP). */
public final class SubgraphException extends RuntimeException {
    private final String subgraph;

    public SubgraphException(String subgraph, String message, Throwable cause) {
        super(message, cause);
        this.subgraph = subgraph;
    }

    public String subgraph() {
        return subgraph;
    }
}
