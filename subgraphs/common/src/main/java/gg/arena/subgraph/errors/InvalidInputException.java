package gg.arena.subgraph.errors;

import org.springframework.graphql.execution.ErrorType;

/** An argument that breaks its documented rule; nothing was written. */
public final class InvalidInputException extends ArenaException {

    public InvalidInputException(String code, String message) {
        super(code, message);
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.BAD_REQUEST;
    }
}
