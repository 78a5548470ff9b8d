package gg.arena.router.supergraph;

/**
 * One {@code @join__field} of a field: how {@code graph} knows the field.
 *
 * @param graph          graph id, null for a graph-less marker
 * @param requires       field set the graph needs in the representation to resolve this field, or null
 * @param provides       field set the graph resolves under this field although it is external there, or null
 * @param external       the graph declares the field but does not resolve it
 * @param override       the graph name this graph took the field over from, or null
 * @param usedOverridden the graph still declares the field (e.g. as a key) but it was overridden elsewhere
 * @param type           the field's type in that graph when it differs from the supergraph's, or null
 */
public record JoinField(String graph, String requires, String provides, boolean external, String override,
                        boolean usedOverridden, String type) {

    /** Whether {@link #graph} resolves the field by itself. */
    public boolean resolves() {
        return graph != null && !external && !usedOverridden;
    }
}
