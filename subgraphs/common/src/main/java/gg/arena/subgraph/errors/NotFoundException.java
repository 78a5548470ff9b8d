package gg.arena.subgraph.errors;

import org.springframework.graphql.execution.ErrorType;

/** An id the client sent that names nothing. */
public final class NotFoundException extends ArenaException {

    public NotFoundException(String code, String message) {
        super(code, message);
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.NOT_FOUND;
    }
}
