package gg.arena.router.supergraph;

import graphql.language.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable supergraph model: its subgraphs, and for each type and field which subgraphs know and resolve it.
 * Built by {@link SupergraphParser}; the planner reads nothing else.
 */
public final class Supergraph {
    private final Document document;
    private final Map<String, Graph> graphs;
    private final Map<String, TypeMeta> types;
    private final String queryType;
    private final String mutationType;
    private final String subscriptionType;
    private final String inaccessibleDirective;

    Supergraph(Document document, Map<String, Graph> graphs, Map<String, TypeMeta> types, String queryType,
               String mutationType, String subscriptionType, String inaccessibleDirective) {
        this.document = document;
        this.graphs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
        this.types = Map.copyOf(types);
        this.queryType = queryType;
        this.mutationType = mutationType;
        this.subscriptionType = subscriptionType;
        this.inaccessibleDirective = inaccessibleDirective;
    }

    /** The supergraph SDL as parsed. */
    public Document document() {
        return document;
    }

    /** Subgraphs by graph id, in declaration order. */
    public Map<String, Graph> graphs() {
        return graphs;
    }

    public Graph graph(String id) {
        return graphs.get(id);
    }

    public Map<String, TypeMeta> types() {
        return types;
    }

    public TypeMeta type(String name) {
        return types.get(name);
    }

    public String queryType() {
        return queryType;
    }

    public String mutationType() {
        return mutationType;
    }

    public String subscriptionType() {
        return subscriptionType;
    }

    /** The name {@code @inaccessible} goes by in this supergraph, or null when the feature is not linked. */
    public String inaccessibleDirective() {
        return inaccessibleDirective;
    }

    /** Graph ids that know {@code type}; every graph when the type carries no {@code @join__type}. */
    public List<String> graphsOf(String type) {
        TypeMeta t = types.get(type);
        if (t == null) {
            return List.of();
        }
        if (t.joinTypes().isEmpty()) {
            return List.copyOf(graphs.keySet());
        }
        List<String> out = new ArrayList<>();
        for (JoinType jt : t.joinTypes()) {
            if (!out.contains(jt.graph())) {
                out.add(jt.graph());
            }
        }
        return out;
    }

    public boolean typeIn(String type, String graph) {
        return graphsOf(type).contains(graph);
    }

    /** Keys of {@code type} declared in {@code graph} (resolvable or not). */
    public List<JoinType> keys(String type, String graph) {
        TypeMeta t = types.get(type);
        if (t == null) {
            return List.of();
        }
        return t.joinTypes().stream().filter(jt -> jt.graph().equals(graph) && jt.key() != null).toList();
    }

    /** Whether {@code type} is an entity somewhere (has a key in some graph). */
    public boolean isEntity(String type) {
        TypeMeta t = types.get(type);
        return t != null && t.joinTypes().stream().anyMatch(jt -> jt.key() != null);
    }

    /** The {@code @join__field} of {@code type.field} for {@code graph}, if any. */
    public Optional<JoinField> joinField(String type, String field, String graph) {
        FieldMeta f = field(type, field);
        if (f == null) {
            return Optional.empty();
        }
        return f.joinFields().stream().filter(jf -> graph.equals(jf.graph())).findFirst();
    }

    public FieldMeta field(String type, String field) {
        TypeMeta t = types.get(type);
        return t == null ? null : t.fields().get(field);
    }

    /**
     * Whether {@code graph} resolves {@code type.field} by itself (not external, not overridden), regardless of
     * {@code @requires} and {@code @provides}, which the planner handles.
     */
    public boolean resolves(String graph, String type, String field) {
        if (field.equals("__typename")) {
            return typeIn(type, graph);
        }
        TypeMeta t = types.get(type);
        if (t == null) {
            return false;
        }
        FieldMeta f = t.fields().get(field);
        if (f == null) {
            return false;
        }
        if (!typeIn(type, graph)) {
            return false;
        }
        for (JoinField jf : f.joinFields()) {
            if (graph.equals(jf.graph())) {
                return jf.resolves();
            }
        }
        if (!f.joinFields().isEmpty()) {
            // Only other graphs know the field, or a graph-less @join__field: it comes through an @interfaceObject.
            return false;
        }
        if (t.owner() != null && t.kind() == TypeMeta.Kind.OBJECT) {
            return t.owner().equals(graph);
        }
        return true;
    }

    /** Whether {@code graph} sees the interface {@code type} as an object type ({@code @interfaceObject}). */
    public boolean isInterfaceObjectIn(String type, String graph) {
        TypeMeta t = types.get(type);
        return t != null && t.joinTypes().stream().anyMatch(jt -> jt.graph().equals(graph) && jt.isInterfaceObject());
    }

    /** Whether {@code graph} declares {@code type.field} at all (also as external). */
    public boolean declares(String graph, String type, String field) {
        FieldMeta f = field(type, field);
        if (f == null || !typeIn(type, graph)) {
            return false;
        }
        if (f.joinFields().stream().noneMatch(jf -> jf.graph() != null)) {
            return resolves(graph, type, field);
        }
        return f.joinFields().stream().anyMatch(jf -> graph.equals(jf.graph()));
    }

    /** Graph ids that resolve {@code type.field}, in graph order. */
    public List<String> resolvers(String type, String field) {
        List<String> out = new ArrayList<>();
        for (String g : graphs.keySet()) {
            if (resolves(g, type, field)) {
                out.add(g);
            }
        }
        return out;
    }

    /** The {@code @requires} field set of {@code type.field} in {@code graph}, or null. */
    public String requires(String graph, String type, String field) {
        return joinField(type, field, graph).map(JoinField::requires).orElse(null);
    }

    /** The {@code @provides} field set of {@code type.field} in {@code graph}, or null. */
    public String provides(String graph, String type, String field) {
        return joinField(type, field, graph).map(JoinField::provides).orElse(null);
    }

    /**
     * Object types that {@code graph} may return for the abstract type {@code abstractType}: union members or
     * implementations that graph declares.
     */
    public List<String> possibleTypesIn(String abstractType, String graph) {
        TypeMeta a = types.get(abstractType);
        if (a == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (a.kind() == TypeMeta.Kind.UNION) {
            for (var e : a.unionMembers().entrySet()) {
                if (e.getValue().isEmpty() ? typeIn(e.getKey(), graph) : e.getValue().contains(graph)) {
                    out.add(e.getKey());
                }
            }
        } else if (a.kind() == TypeMeta.Kind.INTERFACE) {
            for (TypeMeta t : types.values()) {
                if (t.kind() != TypeMeta.Kind.OBJECT) {
                    continue;
                }
                List<String> in = t.implementsIn().get(abstractType);
                if (in == null) {
                    continue;
                }
                if (in.isEmpty() ? typeIn(t.name(), graph) : in.contains(graph)) {
                    out.add(t.name());
                }
            }
        } else if (a.kind() == TypeMeta.Kind.OBJECT && typeIn(abstractType, graph)) {
            out.add(abstractType);
        }
        out.sort(null);
        return out;
    }
}
