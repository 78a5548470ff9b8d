package gg.arena.schema.compose;

import gg.arena.schema.compose.SubgraphModel.Field;
import gg.arena.schema.compose.SubgraphModel.Key;
import gg.arena.schema.compose.SubgraphModel.Kind;
import gg.arena.schema.compose.SubgraphModel.TypeModel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Satisfiability: every field of an object type a query can reach must be resolvable by some
 * subgraph the query can get to, through the fields each subgraph resolves and entity jumps.
 *
 * <p>The query graph has a vertex per (type, subgraph). Edges: a field the subgraph resolves (not
 * {@code @external}, not taken over with {@code @override}) leads to its result type in the same
 * subgraph; an abstract type leads to the implementations and members the subgraph knows; a key jump
 * leads from (T, A) to (T, B) when B has a resolvable {@code @key} whose top-level fields A resolves.
 * Starting from the root types, every reached (T, S) of an object type must be able to resolve every
 * field of T: in S, or in a subgraph S gets to through key jumps on T. {@code @requires} conditions are not weighed yet (a required field is assumed fetchable).
 */
final class Satisfiability {

    private static final List<String> ROOTS = List.of("Query", "Mutation", "Subscription");

    private record Vertex(String type, String subgraph) {
    }

    private final Map<String, SubgraphModel> subgraphs;
    private final Consumer<CompositionError> errors;
    private final Map<Vertex, Vertex> reachedFrom = new LinkedHashMap<>();
    private final Map<Vertex, String> via = new LinkedHashMap<>();

    Satisfiability(Map<String, SubgraphModel> subgraphs, Consumer<CompositionError> errors) {
        this.subgraphs = subgraphs;
        this.errors = errors;
    }

    void run() {
        Deque<Vertex> pending = new ArrayDeque<>();
        for (SubgraphModel subgraph : subgraphs.values()) {
            for (String root : ROOTS) {
                if (subgraph.types.containsKey(root)) {
                    Vertex start = new Vertex(root, subgraph.name);
                    reachedFrom.put(start, null);
                    pending.add(start);
                }
            }
        }
        while (!pending.isEmpty()) {
            Vertex at = pending.poll();
            SubgraphModel subgraph = subgraphs.get(at.subgraph());
            TypeModel type = subgraph.types.get(at.type());
            for (Field field : type.fields.values()) {
                if (resolves(subgraph, type, field)) {
                    visit(at, new Vertex(SubgraphChecks.baseName(field.type), at.subgraph()), at.type() + "." + field.name, pending);
                }
            }
            if (type.kind == Kind.INTERFACE || type.kind == Kind.UNION) {
                for (TypeModel other : subgraph.types.values()) {
                    if (other.interfaces.contains(type.name) || type.members.contains(other.name)) {
                        visit(at, new Vertex(other.name, at.subgraph()), "... on " + other.name, pending);
                    }
                }
            }
            for (SubgraphModel target : subgraphs.values()) {
                TypeModel there = target.types.get(type.name);
                if (target != subgraph && there != null && canJump(subgraph, type, there)) {
                    visit(at, new Vertex(type.name, target.name), "key jump to \"" + target.name + "\"", pending);
                }
            }
        }
        report();
    }

    private void visit(Vertex from, Vertex to, String step, Deque<Vertex> pending) {
        SubgraphModel subgraph = subgraphs.get(to.subgraph());
        if (!subgraph.types.containsKey(to.type()) || reachedFrom.containsKey(to)) {
            return;
        }
        reachedFrom.put(to, from);
        via.put(to, step);
        pending.add(to);
    }

    /** True when B has a resolvable key whose top-level fields A resolves on the type. */
    private boolean canJump(SubgraphModel from, TypeModel type, TypeModel there) {
        for (Key key : there.keys) {
            if (key.resolvable() && FieldSets.topLevelFields(key.fields()).stream().allMatch(f -> {
                Field field = type.fields.get(f);
                return field != null && !field.external;
            })) {
                return true;
            }
        }
        return false;
    }

    private boolean resolves(SubgraphModel subgraph, TypeModel type, Field field) {
        if (field.external) {
            return false;
        }
        for (SubgraphModel other : subgraphs.values()) {
            TypeModel t = other.types.get(type.name);
            Field f = t == null ? null : t.fields.get(field.name);
            if (other != subgraph && f != null && subgraph.name.equals(f.override) && f.overrideLabel == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each reached (T, S) of an object type: every field of T, in any subgraph, must be resolved
     * by S or by a subgraph S can jump to (through one or more key jumps on T).
     */
    private void report() {
        Set<String> reported = new LinkedHashSet<>();
        for (Vertex at : reachedFrom.keySet()) {
            SubgraphModel subgraph = subgraphs.get(at.subgraph());
            TypeModel type = subgraph.types.get(at.type());
            if (type.kind != Kind.OBJECT || ROOTS.contains(at.type())) {
                continue; // A query starts at the root type of whichever subgraph resolves the root field.
            }
            Set<String> closure = jumpClosure(at);
            Map<String, List<String>> resolvers = new LinkedHashMap<>();
            for (SubgraphModel other : subgraphs.values()) {
                TypeModel t = other.types.get(at.type());
                if (t == null || t.kind != Kind.OBJECT) {
                    continue;
                }
                for (Field field : t.fields.values()) {
                    List<String> list = resolvers.computeIfAbsent(field.name, n -> new ArrayList<>());
                    if (resolves(other, t, field)) {
                        list.add(other.name);
                    }
                }
            }
            for (Map.Entry<String, List<String>> field : resolvers.entrySet()) {
                String coordinate = at.type() + "." + field.getKey();
                if (field.getValue().stream().anyMatch(closure::contains) || !reported.add(coordinate)) {
                    continue;
                }
                List<String> owners = field.getValue();
                errors.accept(new CompositionError("SATISFIABILITY_ERROR", "Field \"" + coordinate
                        + "\" cannot be reached along " + path(at) + ": from subgraph \"" + at.subgraph() + "\" "
                        + (closure.size() > 1 ? "(and " + quoted(closure.stream().filter(n -> !n.equals(at.subgraph())).toList())
                        + ", reachable through keys) " : "") + "no subgraph resolves it, and "
                        + (owners.isEmpty() ? "no subgraph resolves it at all"
                        : quoted(owners) + ", which " + (owners.size() == 1 ? "resolves" : "resolve") + " it, cannot be "
                        + "reached: \"" + at.type() + "\" has no resolvable @key there whose fields \"" + at.subgraph()
                        + "\" resolves") + ". Add such a @key to \"" + at.type() + "\" in " + (owners.isEmpty()
                        ? "the subgraph that should resolve it" : quoted(owners)) + ", or resolve the field in \""
                        + at.subgraph() + "\"."));
            }
        }
    }

    /** The subgraphs (T, S) can get to through key jumps on T, S included. */
    private Set<String> jumpClosure(Vertex start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        seen.add(start.subgraph());
        pending.add(start.subgraph());
        while (!pending.isEmpty()) {
            TypeModel type = subgraphs.get(pending.poll()).types.get(start.type());
            for (SubgraphModel target : subgraphs.values()) {
                TypeModel there = target.types.get(start.type());
                if (there != null && !seen.contains(target.name) && canJump(null, type, there)) {
                    seen.add(target.name);
                    pending.add(target.name);
                }
            }
        }
        return seen;
    }

    private String path(Vertex end) {
        List<String> steps = new ArrayList<>();
        for (Vertex v = end; v != null && reachedFrom.get(v) != null; v = reachedFrom.get(v)) {
            steps.addFirst(via.get(v) + " (" + v.subgraph() + ")");
        }
        return steps.isEmpty() ? end.type() + " (" + end.subgraph() + ")" : String.join(" -> ", steps);
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
