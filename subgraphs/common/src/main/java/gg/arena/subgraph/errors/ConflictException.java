package gg.arena.subgraph.errors;

import org.springframework.graphql.execution.ErrorType;

/** The request is valid but clashes with the current state (a taken handle, a request already answered). */
public final class ConflictException extends ArenaException {

    public ConflictException(String code, String message) {
        super(code, message);
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.BAD_REQUEST;
    }
}
