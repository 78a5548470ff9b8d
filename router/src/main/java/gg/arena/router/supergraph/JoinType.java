package gg.arena.router.supergraph;

/**
 * One {@code @join__type} of a type: the type exists in {@code graph}, optionally as an entity with {@code key}.
 *
 * @param graph             graph id
 * @param key               the key field set, or null when the type has no key in this graph
 * @param resolvable        false when the graph only references the entity (it cannot be entered by that key)
 * @param extension         the graph extends the type (Federation 1 ownership)
 * @param isInterfaceObject the graph sees this interface as an object type
 */
public record JoinType(String graph, String key, boolean resolvable, boolean extension, boolean isInterfaceObject) {
}
