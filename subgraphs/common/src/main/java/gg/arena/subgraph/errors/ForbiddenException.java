package gg.arena.subgraph.errors;

import org.springframework.graphql.execution.ErrorType;

/** The signed-in player may not do this (for example, accept someone else's friend request). */
public final class ForbiddenException extends ArenaException {

    public ForbiddenException(String code, String message) {
        super(code, message);
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.FORBIDDEN;
    }
}
