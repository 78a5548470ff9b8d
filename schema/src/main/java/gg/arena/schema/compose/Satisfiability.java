package gg.arena.schema.compose;

import gg.arena.schema.compose.SubgraphModel.Field;
import gg.arena.schema.compose.SubgraphModel.Key;
import gg.arena.schema.compose.SubgraphModel.Kind;
import gg.arena.schema.compose.SubgraphModel.TypeModel;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Satisfiability: every field a query can select must be resolvable by some subgraph the query can get
 * to, through the fields each subgraph resolves and entity jumps.
 *
 * <p>The walk follows the supergraph's paths, keeping for each the set of subgraphs the planner may be
 * in there (its options): at the root every subgraph with the root type; after a field, the subgraphs
 * among the options that resolve it (not {@code @external}, not taken over with {@code @override}),
 * widened by key jumps (from (T, A) to (T, B) when B has a resolvable {@code @key} whose top-level fields
 * A resolves); after an abstract type, per implementation or member the options that know it. At every
 * object type reached, each field of the type must be resolved by one of the options, else the path is
 * unsatisfiable. So a {@code @shareable} value type split over two subgraphs is fine as long as each
 * field is reachable from some subgraph that returns the type there.
 *
 * <p>A field with {@code @requires(fields: R)} in subgraph X counts only when R can be obtained for
 * the entity starting from (T, X), as a planner fetches it: each required field resolved by X or a
 * subgraph X gets to through key jumps, nested selections likewise on their types, and a required field
 * with its own {@code @requires} only when that is obtainable in turn (a cycle is not).
 */
final class Satisfiability {

    private static final List<String> ROOTS = List.of("Query", "Mutation", "Subscription");

    /**
     * A position of the walk: a type, the subgraphs the planner may be in (key jumps included), the
     * subgraphs it entered from (before key jumps) and the path that got there.
     */
    private record State(String type, Set<String> options, List<String> entered, String path) {
    }

    private final Map<String, SubgraphModel> subgraphs;
    private final Consumer<CompositionError> errors;
    private final Map<String, Set<String>> closures = new HashMap<>();
    private final Map<String, Optional<String>> conditions = new HashMap<>();

    Satisfiability(Map<String, SubgraphModel> subgraphs, Consumer<CompositionError> errors) {
        this.subgraphs = subgraphs;
        this.errors = errors;
    }

    void run() {
        Deque<State> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String root : ROOTS) {
            List<String> options = subgraphs.values().stream().filter(s -> s.types.containsKey(root)).map(s -> s.name).toList();
            if (!options.isEmpty()) {
                pending.add(new State(root, new LinkedHashSet<>(options), options, ""));
            }
        }
        while (!pending.isEmpty()) {
            State at = pending.poll();
            if (!seen.add(at.type() + " " + new TreeSet<>(at.options()))) {
                continue;
            }
            if (isObjectIn(at)) {
                fields(at, pending, reported);
            }
            abstractBranches(at, pending);
        }
    }

    /** True when some option has the type as an object type (an {@code @interfaceObject} counts). */
    private boolean isObjectIn(State at) {
        return at.options().stream().map(o -> subgraphs.get(o).types.get(at.type()))
                .anyMatch(t -> t != null && t.kind == Kind.OBJECT);
    }

    /** Checks every field of the object type at {@code at} and walks on from those that resolve. */
    private void fields(State at, Deque<State> pending, Set<String> reported) {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (SubgraphModel subgraph : subgraphs.values()) {
            TypeModel type = subgraph.types.get(at.type());
            if (type == null || type.kind != Kind.OBJECT) {
                continue;
            }
            for (Field field : type.fields.values()) {
                List<String> list = owners.computeIfAbsent(field.name, n -> new ArrayList<>());
                if (resolves(subgraph, type, field)) {
                    list.add(subgraph.name);
                }
            }
        }
        for (Map.Entry<String, List<String>> field : owners.entrySet()) {
            String coordinate = at.type() + "." + field.getKey();
            Map<String, String> unmet = new LinkedHashMap<>();
            Map<String, List<String>> next = new LinkedHashMap<>();
            for (String owner : field.getValue()) {
                if (!at.options().contains(owner)) {
                    continue;
                }
                Field f = subgraphs.get(owner).types.get(at.type()).fields.get(field.getKey());
                Optional<String> missing = missingCondition(at.type(), owner, f);
                if (missing.isPresent()) {
                    unmet.put(owner, missing.get());
                } else {
                    next.computeIfAbsent(SubgraphChecks.baseName(f.type), t -> new ArrayList<>()).add(owner);
                }
            }
            if (next.isEmpty()) {
                if (reported.add(coordinate)) {
                    report(at, coordinate, field.getKey(), field.getValue(), unmet);
                }
                continue;
            }
            String path = (at.path().isEmpty() ? "" : at.path() + " -> ") + coordinate + " (" + String.join(", ", next.values()
                    .stream().flatMap(List::stream).distinct().toList()) + ")";
            next.forEach((type, entered) -> {
                if (entered.stream().anyMatch(o -> subgraphs.get(o).types.containsKey(type))) {
                    pending.add(new State(type, closure(type, entered), entered, path));
                }
            });
        }
    }

    /** From an interface or union, on to each implementation or member the options know. */
    private void abstractBranches(State at, Deque<State> pending) {
        Map<String, List<String>> runtime = new LinkedHashMap<>();
        for (String option : at.options()) {
            SubgraphModel subgraph = subgraphs.get(option);
            TypeModel type = subgraph.types.get(at.type());
            if (type == null || (type.kind != Kind.INTERFACE && type.kind != Kind.UNION)) {
                continue;
            }
            for (TypeModel other : subgraph.types.values()) {
                if (other.interfaces.contains(type.name) || type.members.contains(other.name)) {
                    runtime.computeIfAbsent(other.name, n -> new ArrayList<>()).add(option);
                }
            }
        }
        runtime.forEach((type, entered) -> pending.add(new State(type, closure(type, entered), entered,
                at.path() + " -> ... on " + type + " (" + String.join(", ", entered) + ")")));
    }

    private void report(State at, String coordinate, String fieldName, List<String> owners, Map<String, String> unmet) {
        Set<String> jumped = new LinkedHashSet<>(at.options());
        at.entered().forEach(jumped::remove);
        String from = "from " + (at.entered().size() == 1 ? "subgraph " : "subgraphs ") + quoted(at.entered())
                + (jumped.isEmpty() ? "" : " (and " + quoted(jumped) + ", reachable through keys)");
        String along = at.path().isEmpty() ? at.type() : at.path();
        if (!unmet.isEmpty()) {
            errors.accept(new CompositionError("SATISFIABILITY_ERROR", "Field \"" + coordinate
                    + "\" cannot be reached along " + along + ": " + from + ", " + unmet.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\" resolves it with @requires(fields: \""
                            + subgraphs.get(e.getKey()).types.get(at.type()).fields.get(fieldName).requires
                            + "\"), but " + e.getValue())
                    .collect(Collectors.joining("; ")) + ". Let the subgraph with the @requires reach, through a "
                    + "resolvable @key, a subgraph that resolves the required field, or resolve it there."));
            return;
        }
        errors.accept(new CompositionError("SATISFIABILITY_ERROR", "Field \"" + coordinate
                + "\" cannot be reached along " + along + ": " + from + " no subgraph resolves it, and "
                + (owners.isEmpty() ? "no subgraph resolves it at all"
                : quoted(owners) + ", which " + (owners.size() == 1 ? "resolves" : "resolve") + " it, cannot be "
                + "reached: \"" + at.type() + "\" has no resolvable @key there whose fields " + quoted(at.entered())
                + (at.entered().size() == 1 ? " resolves" : " resolve")) + ". Add such a @key to \"" + at.type() + "\" in "
                + (owners.isEmpty() ? "the subgraph that should resolve it" : quoted(owners)) + ", or resolve the field in "
                + quoted(at.entered()) + "."));
    }

    /** The subgraphs the given ones get to through key jumps on a type, themselves included. */
    private Set<String> closure(String type, List<String> from) {
        Set<String> all = new LinkedHashSet<>();
        from.forEach(s -> all.addAll(jumpClosure(type, s)));
        return all;
    }

    /** The same with no cycle in progress; cached, as the walk asks for the same field many times. */
    private Optional<String> missingCondition(String type, String subgraph, Field field) {
        if (field.requires == null) {
            return Optional.empty();
        }
        String key = type + "." + field.name + "@" + subgraph;
        Optional<String> known = conditions.get(key);
        if (known == null) {
            known = missingCondition(type, subgraph, field, new LinkedHashSet<>());
            conditions.put(key, known);
        }
        return known;
    }

    /**
     * Why the {@code @requires} conditions of {@code field}, resolved by {@code subgraph} on {@code type},
     * cannot be obtained (empty when they can, or when there are none).
     *
     * @param pending the (field, subgraph) pairs whose conditions are being resolved: meeting one again is a cycle
     */
    private Optional<String> missingCondition(String type, String subgraph, Field field, Set<String> pending) {
        if (field.requires == null) {
            return Optional.empty();
        }
        String self = type + "." + field.name + "@" + subgraph;
        if (!pending.add(self)) {
            return Optional.of("\"" + type + "." + field.name + "\" requires itself in a cycle of @requires");
        }
        try {
            return FieldSets.parse(field.requires).flatMap(set -> missingSelection(type, subgraph, set, pending));
        } finally {
            pending.remove(self);
        }
    }

    /** The first field of a selection on {@code type} that cannot be obtained starting from (type, subgraph). */
    private Optional<String> missingSelection(String type, String subgraph, SelectionSet selection, Set<String> pending) {
        Set<String> closure = jumpClosure(type, subgraph);
        for (Selection<?> selected : selection.getSelections()) {
            if (selected instanceof InlineFragment fragment) {
                String on = fragment.getTypeCondition() == null ? type : fragment.getTypeCondition().getName();
                if (!subgraphs.get(subgraph).types.containsKey(on)) {
                    continue; // The subgraph never sees that type here, so nothing of it is required.
                }
                Optional<String> missing = missingSelection(on, subgraph, fragment.getSelectionSet(), pending);
                if (missing.isPresent()) {
                    return missing;
                }
                continue;
            }
            if (!(selected instanceof graphql.language.Field wanted) || wanted.getName().equals("__typename")) {
                continue;
            }
            String coordinate = type + "." + wanted.getName();
            List<String> why = new ArrayList<>();
            boolean found = false;
            for (String candidate : closure) {
                SubgraphModel owner = subgraphs.get(candidate);
                TypeModel t = owner.types.get(type);
                Field f = t == null ? null : t.fields.get(wanted.getName());
                if (f == null || !resolves(owner, t, f)) {
                    continue;
                }
                Optional<String> missing = missingCondition(type, candidate, f, pending)
                        .or(() -> wanted.getSelectionSet() == null ? Optional.empty()
                                : missingSelection(SubgraphChecks.baseName(f.type), candidate, wanted.getSelectionSet(), pending));
                if (missing.isEmpty()) {
                    found = true;
                    break;
                }
                why.add("in \"" + candidate + "\" " + missing.get());
            }
            if (!found) {
                List<String> elsewhere = subgraphs.values().stream().filter(o -> !closure.contains(o.name)).filter(o -> {
                    TypeModel t = o.types.get(type);
                    Field f = t == null ? null : t.fields.get(wanted.getName());
                    return f != null && resolves(o, t, f);
                }).map(o -> o.name).toList();
                return Optional.of("the required field \"" + coordinate + "\" cannot be obtained from \"" + subgraph + "\""
                        + (closure.size() > 1 ? " or " + quoted(closure.stream().filter(n -> !n.equals(subgraph)).toList())
                        + ", which it reaches through keys" : "") + (why.isEmpty() ? "" : " (" + String.join("; ", why) + ")")
                        + (elsewhere.isEmpty() ? "" : "; only " + quoted(elsewhere) + " resolve" + (elsewhere.size() == 1 ? "s" : "")
                        + " it, and \"" + subgraph + "\" cannot reach " + (elsewhere.size() == 1 ? "it" : "them")));
            }
        }
        return Optional.empty();
    }

    /** The subgraphs (T, S) can get to through key jumps on T, S included. */
    private Set<String> jumpClosure(String typeName, String start) {
        Set<String> cached = closures.get(typeName + "@" + start);
        if (cached != null) {
            return cached;
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        seen.add(start);
        pending.add(start);
        while (!pending.isEmpty()) {
            TypeModel type = subgraphs.get(pending.poll()).types.get(typeName);
            if (type == null) {
                continue;
            }
            for (SubgraphModel target : subgraphs.values()) {
                TypeModel there = target.types.get(typeName);
                if (there != null && !seen.contains(target.name) && canJump(type, there)) {
                    seen.add(target.name);
                    pending.add(target.name);
                }
            }
        }
        closures.put(typeName + "@" + start, seen);
        return seen;
    }

    /** True when B has a resolvable key whose top-level fields A resolves on the type. */
    private static boolean canJump(TypeModel type, TypeModel there) {
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

    /** False for an {@code @external} field and for one another subgraph took over with {@code @override}. */
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

    private static String quoted(Collection<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
