package gg.arena.subgraph.errors;

import org.springframework.graphql.execution.ErrorType;

/** A field that needs a bearer token got none, or a bad or expired one. */
public final class UnauthenticatedException extends ArenaException {

    public UnauthenticatedException(String message) {
        super("UNAUTHENTICATED", message);
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.UNAUTHORIZED;
    }
}
