package gg.arena.router.supergraph;

import java.util.List;
import java.util.Map;

/**
 * A named type of the supergraph with its join metadata.
 *
 * @param name          type name
 * @param kind          object, interface, union, enum, input or scalar
 * @param joinTypes     its {@code @join__type}s; empty means every graph knows it (Federation 1 value types)
 * @param fields        fields by name, in declaration order (object and interface types)
 * @param implementsIn  interface name -> graph ids that declare this type implements it
 * @param unionMembers  member type name -> graph ids that declare it a member (unions)
 * @param enumValues    enum value -> graph ids that know it (enums)
 * @param owner         Federation 1 owning graph ({@code @join__owner}), or null
 */
public record TypeMeta(String name, Kind kind, List<JoinType> joinTypes, Map<String, FieldMeta> fields,
                       Map<String, List<String>> implementsIn, Map<String, List<String>> unionMembers,
                       Map<String, List<String>> enumValues, String owner) {

    /** The kinds of named types. */
    public enum Kind { OBJECT, INTERFACE, UNION, ENUM, INPUT, SCALAR }

    public TypeMeta {
        joinTypes = List.copyOf(joinTypes);
        fields = Map.copyOf(fields);
        implementsIn = Map.copyOf(implementsIn);
        unionMembers = Map.copyOf(unionMembers);
        enumValues = Map.copyOf(enumValues);
    }

    public boolean isComposite() {
        return kind == Kind.OBJECT || kind == Kind.INTERFACE || kind == Kind.UNION;
    }

    public boolean isAbstract() {
        return kind == Kind.INTERFACE || kind == Kind.UNION;
    }
}
