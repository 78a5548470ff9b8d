package gg.arena.schema.compose;

import gg.arena.schema.compose.SubgraphModel.Field;
import gg.arena.schema.compose.SubgraphModel.Key;
import gg.arena.schema.compose.SubgraphModel.TypeModel;
import graphql.language.SelectionSet;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.ListType;
import graphql.language.NonNullType;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The checks of one subgraph's federation directives, before any merging: {@code @key},
 * {@code @requires} and {@code @provides} select fields that exist, {@code @requires} and
 * {@code @provides} select {@code @external} fields, every {@code @external} field is used, and
 * {@code @override} names another subgraph that does not override the field itself.
 */
final class SubgraphChecks {

    private final Map<String, SubgraphModel> subgraphs;
    private final Consumer<CompositionError> errors;

    SubgraphChecks(Map<String, SubgraphModel> subgraphs, Consumer<CompositionError> errors) {
        this.subgraphs = subgraphs;
        this.errors = errors;
    }

    void run() {
        overriddenMoreThanOnce();
        for (SubgraphModel subgraph : subgraphs.values()) {
            Set<String> used = new HashSet<>();
            TypeModel subscription = subgraph.types.get("Subscription");
            if (subscription != null) {
                subscription.fields.values().stream().filter(f -> f.shareable || subscription.shareable).forEach(f ->
                        errors.accept(new CompositionError("INVALID_FIELD_SHARING", "Field \"Subscription." + f.name
                                + "\" is @shareable in subgraph \"" + subgraph.name + "\", but fields of the root "
                                + "subscription type cannot be shared: one subgraph must own each subscription. Remove "
                                + "@shareable and keep the field in one subgraph.")));
            }
            for (TypeModel type : subgraph.types.values()) {
                for (Key key : type.keys) {
                    walk(subgraph, type.name, key.fields(), used, "KEY_INVALID_FIELDS",
                            "@key(fields: \"" + key.fields() + "\") on type \"" + type.name + "\"", null);
                }
                for (Field field : type.fields.values()) {
                    String coordinate = type.name + "." + field.name;
                    if (field.requires != null) {
                        walk(subgraph, type.name, field.requires, used, "REQUIRES_INVALID_FIELDS",
                                "@requires(fields: \"" + field.requires + "\") on field \"" + coordinate + "\"",
                                "REQUIRES_FIELDS_MISSING_EXTERNAL");
                    }
                    if (field.provides != null) {
                        String target = baseName(field.type);
                        TypeModel targetType = subgraph.types.get(target);
                        if (targetType == null || (targetType.fields.isEmpty() && targetType.members.isEmpty())) {
                            errors.accept(new CompositionError("PROVIDES_ON_NON_OBJECT_FIELD", "In subgraph \""
                                    + subgraph.name + "\", field \"" + coordinate + "\" has @provides but returns \""
                                    + target + "\", which is not an object, interface or union type. Remove the @provides."));
                        } else {
                            walk(subgraph, target, field.provides, used, "PROVIDES_INVALID_FIELDS",
                                    "@provides(fields: \"" + field.provides + "\") on field \"" + coordinate + "\"",
                                    "PROVIDES_FIELDS_MISSING_EXTERNAL");
                        }
                    }
                    if (field.override != null) {
                        checkOverride(subgraph, type, field);
                    }
                }
            }
            for (TypeModel type : subgraph.types.values()) {
                for (Field field : type.fields.values()) {
                    String coordinate = type.name + "." + field.name;
                    if (field.external && !subgraph.federation1 && !used.contains(coordinate) && !declaredByInterface(subgraph, type, field.name)) {
                        errors.accept(new CompositionError("EXTERNAL_UNUSED", "Field \"" + coordinate
                                + "\" is marked @external in subgraph \"" + subgraph.name + "\" but no @key, "
                                + "@requires or @provides of that subgraph uses it. Use it in one of them or "
                                + "remove the field from \"" + subgraph.name + "\"."));
                    }
                }
            }
        }
    }

    /** Only one subgraph may take a field over (Apollo's rule; The Guild's composer lets it pass). */
    private void overriddenMoreThanOnce() {
        Map<String, java.util.List<String>> overriders = new java.util.LinkedHashMap<>();
        for (SubgraphModel subgraph : subgraphs.values()) {
            for (TypeModel type : subgraph.types.values()) {
                for (Field field : type.fields.values()) {
                    if (field.override != null) {
                        overriders.computeIfAbsent(type.name + "." + field.name, c -> new java.util.ArrayList<>()).add(subgraph.name);
                    }
                }
            }
        }
        overriders.forEach((coordinate, names) -> {
            if (names.size() > 1) {
                errors.accept(new CompositionError("OVERRIDE_SOURCE_HAS_OVERRIDE", "Field \"" + coordinate
                        + "\" has @override in more than one subgraph: " + String.join(", ", names.stream()
                        .map(n -> "\"" + n + "\"").toList()) + ". Only one @override is allowed per field: keep it "
                        + "in the one subgraph that should resolve the field and remove the others."));
            }
        });
    }

    private void checkOverride(SubgraphModel subgraph, TypeModel type, Field field) {
        String coordinate = type.name + "." + field.name;
        if (field.override.equals(subgraph.name)) {
            errors.accept(new CompositionError("OVERRIDE_FROM_SELF_ERROR", "Field \"" + coordinate + "\" in subgraph \""
                    + subgraph.name + "\" has @override(from: \"" + field.override + "\"), its own subgraph. "
                    + "Name the subgraph the field moves away from, or remove the @override."));
            return;
        }
        if (field.external) {
            errors.accept(new CompositionError("OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE", "Field \"" + coordinate
                    + "\" in subgraph \"" + subgraph.name + "\" is both @override and @external. A subgraph "
                    + "overrides a field it resolves: remove one of the two directives."));
        }
        SubgraphModel source = subgraphs.get(field.override);
        if (source == null) {
            return; // Overriding a subgraph that is gone is allowed: the field simply lives here now.
        }
        Optional.ofNullable(source.types.get(type.name)).map(t -> t.fields.get(field.name))
                .filter(f -> f.override != null)
                .ifPresent(f -> errors.accept(new CompositionError("OVERRIDE_SOURCE_HAS_OVERRIDE", "Field \""
                        + coordinate + "\" in subgraph \"" + subgraph.name + "\" overrides subgraph \"" + source.name
                        + "\", where the field has @override(from: \"" + f.override + "\") itself. Only one "
                        + "subgraph may take a field over: remove one of the @override directives.")));
    }

    private static boolean declaredByInterface(SubgraphModel subgraph, TypeModel type, String field) {
        return type.interfaces.stream().map(subgraph.types::get)
                .anyMatch(i -> i != null && i.fields.containsKey(field));
    }

    /**
     * Walks a field set on a type of a subgraph, recording every {@code Type.field} it selects;
     * reports fields that do not exist ({@code missingCode}) and, when {@code externalCode} is set,
     * top-level fields that are not {@code @external}.
     */
    private void walk(SubgraphModel subgraph, String typeName, String fieldSet, Set<String> used,
                      String missingCode, String where, String externalCode) {
        Optional<SelectionSet> selection = FieldSets.parse(fieldSet);
        if (selection.isEmpty()) {
            errors.accept(new CompositionError(missingCode, "In subgraph \"" + subgraph.name + "\", " + where
                    + " is not a valid field set. Write it as a GraphQL selection, e.g. \"id\" or \"owner { id }\"."));
            return;
        }
        walk(subgraph, typeName, selection.get(), used, missingCode, where, externalCode);
    }

    private void walk(SubgraphModel subgraph, String typeName, SelectionSet set, Set<String> used,
                      String missingCode, String where, String externalCode) {
        TypeModel type = subgraph.types.get(typeName);
        for (graphql.language.Selection<?> selection : set.getSelections()) {
            if (selection instanceof graphql.language.InlineFragment fragment) {
                // "... on Book { title }": the fields of one implementation or member, at the same level.
                String on = fragment.getTypeCondition() == null ? typeName : fragment.getTypeCondition().getName();
                walk(subgraph, on, fragment.getSelectionSet(), used, missingCode, where, externalCode);
            }
        }
        for (graphql.language.Field selected : FieldSets.fields(set)) {
            Field field = type == null ? null : type.fields.get(selected.getName());
            if (field == null) {
                if (!selected.getName().equals("__typename")) {
                    errors.accept(new CompositionError(missingCode, "In subgraph \"" + subgraph.name + "\", " + where
                            + " selects field \"" + typeName + "." + selected.getName() + "\", which \"" + typeName
                            + "\" does not define in \"" + subgraph.name + "\". Add the field to \"" + typeName
                            + "\" in \"" + subgraph.name + "\" (as @external when another subgraph resolves it), "
                            + "or fix the field set."));
                }
                continue;
            }
            used.add(typeName + "." + field.name);
            if (externalCode != null && !field.external) {
                errors.accept(new CompositionError(externalCode, "In subgraph \"" + subgraph.name + "\", " + where
                        + " selects field \"" + typeName + "." + field.name + "\", which is not @external there. "
                        + "Mark \"" + typeName + "." + field.name + "\" @external in \"" + subgraph.name
                        + "\" (it must come from another subgraph), or remove it from the field set."));
            }
            if (selected.getSelectionSet() != null) {
                walk(subgraph, baseName(field.type), selected.getSelectionSet(), used, missingCode, where, null);
            }
        }
    }

    static String baseName(Type<?> type) {
        Type<?> t = type;
        while (!(t instanceof TypeName)) {
            t = t instanceof NonNullType n ? n.getType() : ((ListType) t).getType();
        }
        return ((TypeName) t).getName();
    }
}
