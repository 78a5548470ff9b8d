package gg.arena.schema.compose;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a composition: a supergraph SDL, or the errors that prevented it.
 *
 * @param supergraphSdl present when composition succeeded
 * @param errors        empty when composition succeeded
 */
public record CompositionResult(Optional<String> supergraphSdl, List<CompositionError> errors) {

    public CompositionResult {
        errors = List.copyOf(errors);
    }

    static CompositionResult success(String sdl) {
        return new CompositionResult(Optional.of(sdl), List.of());
    }

    static CompositionResult failure(List<CompositionError> errors) {
        return new CompositionResult(Optional.empty(), errors);
    }

    public boolean composed() {
        return supergraphSdl.isPresent();
    }

    /** The supergraph SDL, or an exception listing every error. */
    public String supergraphOrThrow() {
        return supergraphSdl.orElseThrow(() -> new IllegalStateException("composition failed:\n"
                + String.join("\n", errors.stream().map(CompositionError::toString).toList())));
    }
}
