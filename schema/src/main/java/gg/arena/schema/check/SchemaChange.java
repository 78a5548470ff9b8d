package gg.arena.schema.check;

/**
 * One difference between two API schemas.
 *
 * @param severity   how it affects existing clients
 * @param kind       stable UPPER_SNAKE name of the change class, e.g. {@code FIELD_REMOVED}
 * @param coordinate the schema coordinate changed: {@code Type}, {@code Type.field},
 *                   {@code Type.field(arg:)}, {@code Enum.VALUE}, {@code Input.field}
 * @param usedBy     what an operation must use to be touched by the change: a field coordinate
 *                   ({@code Type.field}) or a type name
 * @param message    what changed, in words
 */
public record SchemaChange(Severity severity, String kind, String coordinate, String usedBy, String message) {
    @Override
    public String toString() {
        return severity + " " + kind + " " + coordinate + ": " + message;
    }
}
