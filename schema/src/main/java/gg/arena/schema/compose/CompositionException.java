package gg.arena.schema.compose;

import java.util.List;

/** Thrown inside the composer when it cannot go on; {@link Composer#compose} turns it into a failed result. */
final class CompositionException extends RuntimeException {

    final List<CompositionError> errors;

    CompositionException(CompositionError error) {
        super(error.toString());
        this.errors = List.of(error);
    }
}
