package gg.arena.subgraph.errors;

import org.springframework.graphql.execution.ErrorType;

/**
 * A failure a client caused and can fix. It reaches the client as a GraphQL error whose
 * {@code extensions.code} is {@link #code()}, so clients branch on a stable code and never
 * on the message text.
 */
public abstract class ArenaException extends RuntimeException {

    private final String code;

    protected ArenaException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** Stable, machine-readable code such as {@code HANDLE_INVALID}. */
    public String code() {
        return code;
    }

    /** The spring-graphql classification, also put under {@code extensions.classification}. */
    public abstract ErrorType errorType();
}
