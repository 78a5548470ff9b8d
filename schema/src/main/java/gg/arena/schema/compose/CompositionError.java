package gg.arena.schema.compose;

/**
 * Why a set of subgraphs does not compose.
 *
 * @param code    stable, UPPER_SNAKE, the same codes Apollo and The Guild use where one exists
 *                (e.g. {@code INVALID_FIELD_SHARING})
 * @param message names the subgraph(s), the type or field, and how to fix it
 */
public record CompositionError(String code, String message) {
    @Override
    public String toString() {
        return "[" + code + "] " + message;
    }
}
