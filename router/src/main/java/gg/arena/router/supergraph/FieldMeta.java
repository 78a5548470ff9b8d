package gg.arena.router.supergraph;

import java.util.List;

/**
 * A field of a composite type with the graphs that know it.
 *
 * @param name       field name
 * @param typeName   the named (innermost) type of the field
 * @param joinFields its {@code @join__field}s; empty means every graph of the parent type resolves it
 */
public record FieldMeta(String name, String typeName, List<JoinField> joinFields) {
    public FieldMeta {
        joinFields = List.copyOf(joinFields);
    }
}
