package gg.arena.players.errors;

import gg.arena.subgraph.errors.ArenaException;
import org.springframework.graphql.execution.ErrorType;

/**
 * A login with an unknown handle or a wrong password. One code and one message for both, so
 * the answer does not tell which handles exist.
 */
public final class InvalidCredentialsException extends ArenaException {

    public InvalidCredentialsException() {
        super("INVALID_CREDENTIALS", "Unknown handle or wrong password.");
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.UNAUTHORIZED;
    }
}
