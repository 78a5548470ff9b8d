package gg.arena.router.supergraph;

/** A supergraph the router cannot serve; the message names the line and the problem. */
public final class SupergraphException extends RuntimeException {
    public SupergraphException(String message) {
        super(message);
    }

    public SupergraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
