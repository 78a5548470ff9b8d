package gg.arena.schema.compose;

import gg.arena.schema.compose.SubgraphModel.EnumValue;
import gg.arena.schema.compose.SubgraphModel.Field;
import gg.arena.schema.compose.SubgraphModel.InputValue;
import gg.arena.schema.compose.SubgraphModel.Key;
import gg.arena.schema.compose.SubgraphModel.Kind;
import gg.arena.schema.compose.SubgraphModel.TypeModel;
import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merges checked subgraphs into a supergraph SDL with the Federation 2 rules and writes the
 * {@code join} v0.5 directives the router plans with.
 *
 * <ul>
 *   <li>Object and interface fields: the union over subgraphs; output types must be compatible and the
 *       merged type is the most general one (nullable when any subgraph says nullable, an interface or
 *       union when a subgraph returns one of its implementations); arguments are intersected, input
 *       types merged to the most restrictive (non-null wins).</li>
 *   <li>Input objects: fields intersected, non-null wins; enums: union when only returned,
 *       intersection when only taken as input, identical when both.</li>
 *   <li>A field resolved by more than one subgraph must be shareable (@shareable, or a key field).</li>
 *   <li>{@code @inaccessible} anywhere makes the element inaccessible; {@code @tag}s are collected.</li>
 * </ul>
 */
final class SupergraphBuilder {

    private static final List<String> ROOTS = List.of("Query", "Mutation", "Subscription");

    private final List<SubgraphModel> subgraphs;
    private final Map<String, String> graphEnum = new LinkedHashMap<>();
    private final Consumer<CompositionError> errors;
    private final Set<String> inputEnums = new HashSet<>();
    private final Set<String> outputEnums = new HashSet<>();
    private final Map<String, Set<String>> subtypes = new HashMap<>();
    private StringBuilder out = new StringBuilder();
    private boolean usesInaccessible;
    private boolean usesTag;
    private final Map<String, Map<SubgraphModel, TypeModel>> types = new LinkedHashMap<>();

    SupergraphBuilder(List<SubgraphModel> subgraphs, Consumer<CompositionError> errors) {
        this.subgraphs = subgraphs.stream().sorted(Comparator.comparing(s -> enumName(s.name))).toList();
        this.subgraphs.forEach(s -> graphEnum.put(s.name, enumName(s.name)));
        this.errors = errors;
    }

    /** The {@code join__Graph} value of a subgraph name: upper case, other characters than A-Z0-9 as {@code _}. */
    static String enumName(String subgraph) {
        String name = subgraph.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    String build() {
        collectUsage();
        for (SubgraphModel subgraph : subgraphs) {
            subgraph.types.values().forEach(t -> types.computeIfAbsent(t.name, n -> new LinkedHashMap<>()).put(subgraph, t));
        }
        String body = render(() -> {
            for (Map.Entry<String, Map<SubgraphModel, TypeModel>> type : types.entrySet()) {
                Kind kind = checkKinds(type.getKey(), type.getValue());
                if (kind == null) {
                    continue;
                }
                switch (kind) {
                    case OBJECT, INTERFACE -> composite(type.getKey(), kind, type.getValue());
                    case UNION -> union(type.getKey(), type.getValue());
                    case ENUM -> enumType(type.getKey(), type.getValue());
                    case INPUT_OBJECT -> input(type.getKey(), type.getValue());
                    case SCALAR -> scalar(type.getKey(), type.getValue());
                }
            }
        });
        // The header comes last: inaccessible and tag are linked only when some element uses them.
        header(types.keySet());
        out.append(body);
        return out.toString().strip() + "\n";
    }

    // ---------------------------------------------------------------- usage

    private void collectUsage() {
        for (SubgraphModel subgraph : subgraphs) {
            for (TypeModel type : subgraph.types.values()) {
                for (Field field : type.fields.values()) {
                    outputEnums.add(SubgraphChecks.baseName(field.type));
                    field.arguments.values().forEach(a -> inputEnums.add(SubgraphChecks.baseName(a.type)));
                }
                type.inputFields.values().forEach(f -> inputEnums.add(SubgraphChecks.baseName(f.type)));
                type.interfaces.forEach(i -> subtypes.computeIfAbsent(i, k -> new HashSet<>()).add(type.name));
                type.members.forEach(m -> subtypes.computeIfAbsent(type.name, k -> new HashSet<>()).add(m));
            }
        }
    }

    private Kind checkKinds(String name, Map<SubgraphModel, TypeModel> definitions) {
        Map<Kind, List<String>> kinds = new LinkedHashMap<>();
        definitions.forEach((s, t) -> kinds.computeIfAbsent(t.interfaceObject ? Kind.INTERFACE : t.kind,
                k -> new ArrayList<>()).add(s.name));
        if (kinds.size() > 1) {
            errors.accept(new CompositionError("TYPE_KIND_MISMATCH", "Type \"" + name + "\" has different kinds: "
                    + kinds.entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " in " + quoted(e.getValue())).collect(Collectors.joining(", "))
                    + ". Define it with the same kind in every subgraph, or rename it in some."));
            return null;
        }
        return kinds.keySet().iterator().next();
    }

    // ---------------------------------------------------------------- types

    private void composite(String name, Kind kind, Map<SubgraphModel, TypeModel> definitions) {
        describe(definitions.values().stream().map(t -> t.description).toList(), "");
        out.append(kind == Kind.OBJECT ? "type " : "interface ").append(name);
        Set<String> interfaces = new LinkedHashSet<>();
        definitions.values().forEach(t -> interfaces.addAll(t.interfaces));
        if (!interfaces.isEmpty()) {
            out.append(" implements ").append(String.join(" & ", interfaces));
        }
        joinTypes(definitions);
        definitions.forEach((s, t) -> t.interfaces.forEach(i -> out.append(" @join__implements(graph: ")
                .append(graphEnum.get(s.name)).append(", interface: ").append(str(i)).append(')')));
        access(definitions.values().stream().anyMatch(t -> t.inaccessible), tagsOf(definitions.values(), t -> t.tags));
        out.append(" {\n");
        Map<String, Map<SubgraphModel, Field>> fields = new LinkedHashMap<>();
        definitions.forEach((s, t) -> t.fields.values().forEach(f ->
                fields.computeIfAbsent(f.name, n -> new LinkedHashMap<>()).put(s, f)));
        for (Map.Entry<String, Map<SubgraphModel, Field>> field : fields.entrySet()) {
            field(name, kind, definitions, field.getKey(), field.getValue());
        }
        if (kind == Kind.OBJECT) {
            interfaceObjectFields(interfaces, fields.keySet());
        }
        out.append("}\n\n");
    }

    /**
     * Fields an {@code @interfaceObject} adds to an interface also belong to its implementations, with a
     * bare {@code @join__field}: no subgraph resolves them on the object type itself.
     */
    private void interfaceObjectFields(Set<String> interfaces, Set<String> own) {
        Set<String> added = new HashSet<>(own);
        for (String iface : interfaces) {
            for (TypeModel object : types.getOrDefault(iface, Map.of()).values()) {
                if (!object.interfaceObject) {
                    continue;
                }
                for (Field field : object.fields.values()) {
                    if (added.add(field.name)) {
                        describe(List.of(field.description == null ? "" : field.description), "  ");
                        out.append("  ").append(field.name);
                        if (!field.arguments.isEmpty()) {
                            out.append('(').append(String.join(", ", field.arguments.values().stream()
                                    .map(a -> render(() -> inputValue(a))).toList())).append(')');
                        }
                        out.append(": ").append(AstPrinter.printAst(field.type)).append(" @join__field\n");
                    }
                }
            }
        }
    }

    private void field(String typeName, Kind kind, Map<SubgraphModel, TypeModel> types, String fieldName,
                       Map<SubgraphModel, Field> sources) {
        String coordinate = typeName + "." + fieldName;
        // Which subgraphs a field was taken from with @override (without a progressive-override label).
        Map<String, String> overriddenBy = new HashMap<>();
        sources.forEach((s, f) -> {
            if (f.override != null && f.overrideLabel == null && !f.override.equals(s.name)) {
                overriddenBy.put(f.override, s.name);
            }
        });
        Type<?> merged = null;
        for (Map.Entry<SubgraphModel, Field> source : sources.entrySet()) {
            Type<?> type = source.getValue().type;
            Type<?> next = merged == null ? type : mergeOutput(merged, type);
            if (next == null) {
                errors.accept(new CompositionError("FIELD_TYPE_MISMATCH", "Type of field \"" + coordinate
                        + "\" is incompatible across subgraphs: " + sources.entrySet().stream()
                        .map(e -> "\"" + AstPrinter.printAst(e.getValue().type) + "\" in \"" + e.getKey().name + "\"")
                        .collect(Collectors.joining(", ")) + ". Make the types the same (they may differ only in "
                        + "nullability, or by an implementation of the same interface or union)."));
                return;
            }
            merged = next;
        }
        if (sources.values().stream().allMatch(f -> f.external)) {
            errors.accept(new CompositionError("EXTERNAL_MISSING_ON_BASE", "Field \"" + coordinate + "\" is marked "
                    + "@external in " + quoted(sources.keySet().stream().map(s -> s.name).toList()) + " but no subgraph "
                    + "resolves it. Define it without @external in the subgraph that owns it, or remove it."));
            return;
        }
        if (kind == Kind.OBJECT) {
            List<String> resolving = new ArrayList<>();
            boolean allShareable = true;
            for (Map.Entry<SubgraphModel, Field> source : sources.entrySet()) {
                Field f = source.getValue();
                TypeModel type = types.get(source.getKey());
                if (f.external || overriddenBy.containsKey(source.getKey().name)) {
                    continue;
                }
                resolving.add(source.getKey().name);
                allShareable &= f.shareable || type.shareable || source.getKey().keyFields().contains(coordinate);
            }
            if (resolving.size() > 1 && !allShareable) {
                errors.accept(new CompositionError("INVALID_FIELD_SHARING", "Non-shareable field \"" + coordinate
                        + "\" is resolved from multiple subgraphs: " + quoted(resolving) + ". Mark it @shareable "
                        + "in every one of them, make it @external where another subgraph resolves it, or move it "
                        + "to one subgraph with @override(from: ...)."));
            }
        }
        Map<String, InputValue> arguments = mergeArguments(coordinate, sources);
        describe(sources.values().stream().map(f -> f.description).toList(), "  ");
        out.append("  ").append(fieldName);
        if (!arguments.isEmpty()) {
            boolean multiline = arguments.values().stream().anyMatch(a -> a.description != null);
            out.append('(').append(multiline ? "\n" : "");
            List<String> printed = new ArrayList<>();
            for (InputValue argument : arguments.values()) {
                printed.add(render(() -> {
                    if (multiline) {
                        describe(List.of(argument.description == null ? "" : argument.description), "    ");
                        out.append("    ");
                    }
                    inputValue(argument);
                }));
            }
            out.append(String.join(multiline ? "\n" : ", ", printed)).append(multiline ? "\n  )" : ")");
        }
        out.append(": ").append(AstPrinter.printAst(merged));
        Directive deprecated = sources.values().stream().map(f -> f.deprecated).filter(Objects::nonNull).findFirst().orElse(null);
        if (deprecated != null) {
            out.append(' ').append(AstPrinter.printAst(deprecated));
        }
        Set<SubgraphModel> owners = types.keySet();
        String mergedText = AstPrinter.printAst(merged);
        boolean plain = sources.keySet().containsAll(owners) && overriddenBy.isEmpty()
                && sources.values().stream().allMatch(f -> !f.external && f.requires == null && f.provides == null
                && f.override == null && AstPrinter.printAst(f.type).equals(mergedText));
        if (!plain) {
            for (Map.Entry<SubgraphModel, Field> source : sources.entrySet()) {
                SubgraphModel subgraph = source.getKey();
                Field f = source.getValue();
                boolean overridden = overriddenBy.containsKey(subgraph.name);
                if (overridden && !types.get(subgraph).isKeyField(fieldName)) {
                    continue;
                }
                out.append(" @join__field(graph: ").append(graphEnum.get(subgraph.name));
                if (f.requires != null) {
                    out.append(", requires: ").append(str(f.requires));
                }
                if (f.provides != null) {
                    out.append(", provides: ").append(str(f.provides));
                }
                String own = AstPrinter.printAst(f.type);
                if (!own.equals(mergedText)) {
                    out.append(", type: ").append(str(own));
                }
                if (f.external) {
                    out.append(", external: true");
                }
                if (f.override != null) {
                    out.append(", override: ").append(str(f.override));
                    if (f.overrideLabel != null) {
                        out.append(", overrideLabel: ").append(str(f.overrideLabel));
                    }
                }
                if (overridden) {
                    out.append(", usedOverridden: true");
                }
                out.append(')');
            }
        }
        access(sources.values().stream().anyMatch(f -> f.inaccessible), tagsOf(sources.values(), f -> f.tags));
        out.append('\n');
    }

    private Map<String, InputValue> mergeArguments(String coordinate, Map<SubgraphModel, Field> sources) {
        Map<String, Map<SubgraphModel, InputValue>> all = new LinkedHashMap<>();
        sources.forEach((s, f) -> f.arguments.values().forEach(a ->
                all.computeIfAbsent(a.name, n -> new LinkedHashMap<>()).put(s, a)));
        Map<String, InputValue> merged = new LinkedHashMap<>();
        for (Map.Entry<String, Map<SubgraphModel, InputValue>> argument : all.entrySet()) {
            InputValue value = mergeInputValues("argument \"" + argument.getKey() + "\" of field \"" + coordinate + "\"",
                    sources.keySet(), argument.getValue(), "REQUIRED_ARGUMENT_MISSING_IN_SOME_SUBGRAPH",
                    "FIELD_ARGUMENT_TYPE_MISMATCH");
            if (value != null) {
                merged.put(argument.getKey(), value);
            }
        }
        return merged;
    }

    /** Merges one argument or input field; null when it is left out (not in every subgraph) or wrong. */
    private InputValue mergeInputValues(String what, Set<SubgraphModel> owners, Map<SubgraphModel, InputValue> values,
                                        String missingCode, String mismatchCode) {
        if (!values.keySet().containsAll(owners)) {
            List<String> requiring = values.entrySet().stream()
                    .filter(e -> e.getValue().type instanceof NonNullType && e.getValue().defaultValue == null)
                    .map(e -> e.getKey().name).toList();
            if (!requiring.isEmpty()) {
                List<String> missing = owners.stream().filter(o -> !values.containsKey(o)).map(o -> o.name).toList();
                errors.accept(new CompositionError(missingCode, "The " + what + " is required in " + quoted(requiring)
                        + " but missing in " + quoted(missing) + ". Add it to " + quoted(missing)
                        + ", or make it optional everywhere."));
            }
            return null;
        }
        Type<?> merged = null;
        for (InputValue value : values.values()) {
            merged = merged == null ? value.type : mergeInput(merged, value.type);
            if (merged == null) {
                errors.accept(new CompositionError(mismatchCode, "The " + what + " has incompatible types: "
                        + values.entrySet().stream().map(e -> "\"" + AstPrinter.printAst(e.getValue().type) + "\" in \""
                        + e.getKey().name + "\"").collect(Collectors.joining(", "))
                        + ". Give it the same type in every subgraph (they may differ only in nullability)."));
                return null;
            }
        }
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        values.forEach((s, v) -> {
            if (v.defaultValue != null) { // A subgraph without a default takes the others' one.
                defaults.computeIfAbsent("default " + AstPrinter.printAst(v.defaultValue), d -> new ArrayList<>()).add(s.name);
            }
        });
        if (defaults.size() > 1) {
            errors.accept(new CompositionError(mismatchCode.equals("FIELD_ARGUMENT_TYPE_MISMATCH")
                    ? "FIELD_ARGUMENT_DEFAULT_MISMATCH" : "INPUT_FIELD_DEFAULT_MISMATCH", "The " + what
                    + " has different default values: " + defaults.entrySet().stream().map(e -> e.getKey() + " in "
                    + quoted(e.getValue())).collect(Collectors.joining(", ")) + ". Give it the same default everywhere."));
            return null;
        }
        InputValue first = values.values().iterator().next();
        graphql.language.Value<?> defaultValue = values.values().stream().map(v -> v.defaultValue)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return new InputValue(first.name, mostCommon(values.values().stream().map(v -> v.description).toList()),
                merged, defaultValue, values.values().stream().anyMatch(v -> v.inaccessible),
                tagsOf(values.values(), v -> v.tags),
                values.values().stream().map(v -> v.deprecated).filter(Objects::nonNull).findFirst().orElse(null));
    }

    private void inputValue(InputValue value) {
        out.append(value.name).append(": ").append(AstPrinter.printAst(value.type));
        if (value.defaultValue != null) {
            out.append(" = ").append(AstPrinter.printAst(value.defaultValue));
        }
        if (value.deprecated != null) {
            out.append(' ').append(AstPrinter.printAst(value.deprecated));
        }
        access(value.inaccessible, value.tags);
    }

    private void union(String name, Map<SubgraphModel, TypeModel> definitions) {
        describe(definitions.values().stream().map(t -> t.description).toList(), "");
        out.append("union ").append(name);
        joinTypes(definitions);
        definitions.forEach((s, t) -> t.members.forEach(m -> out.append(" @join__unionMember(graph: ")
                .append(graphEnum.get(s.name)).append(", member: ").append(str(m)).append(')')));
        access(definitions.values().stream().anyMatch(t -> t.inaccessible), tagsOf(definitions.values(), t -> t.tags));
        Set<String> members = new LinkedHashSet<>();
        definitions.values().forEach(t -> members.addAll(t.members));
        out.append(" = ").append(String.join(" | ", members)).append("\n\n");
    }

    private void enumType(String name, Map<SubgraphModel, TypeModel> definitions) {
        boolean input = inputEnums.contains(name);
        boolean output = outputEnums.contains(name) || !input;
        Map<String, Map<SubgraphModel, EnumValue>> values = new LinkedHashMap<>();
        definitions.forEach((s, t) -> t.values.values().forEach(v ->
                values.computeIfAbsent(v.name, n -> new LinkedHashMap<>()).put(s, v)));
        List<String> partial = values.entrySet().stream()
                .filter(e -> !e.getValue().keySet().containsAll(definitions.keySet())).map(Map.Entry::getKey).toList();
        if (input && output && !partial.isEmpty()) {
            errors.accept(new CompositionError("ENUM_VALUE_MISMATCH", "Enum \"" + name + "\" is used both as an input "
                    + "and as an output, so every subgraph must define the same values, but " + partial.stream()
                    .map(v -> "\"" + v + "\" is only in " + quoted(values.get(v).keySet().stream().map(s -> s.name).toList()))
                    .collect(Collectors.joining(", ")) + ". Add the missing values to the other subgraphs."));
            return;
        }
        if (input && !output) {
            partial.forEach(values::remove);
            if (values.isEmpty()) {
                errors.accept(new CompositionError("EMPTY_MERGED_ENUM_TYPE", "Enum \"" + name + "\" is only used as "
                        + "an input, so it keeps the values all of " + quoted(definitions.keySet().stream()
                        .map(s -> s.name).toList()) + " define, and they share none. Define common values."));
                return;
            }
        }
        describe(definitions.values().stream().map(t -> t.description).toList(), "");
        out.append("enum ").append(name);
        joinTypes(definitions);
        access(definitions.values().stream().anyMatch(t -> t.inaccessible), tagsOf(definitions.values(), t -> t.tags));
        out.append(" {\n");
        for (Map.Entry<String, Map<SubgraphModel, EnumValue>> value : values.entrySet()) {
            Map<SubgraphModel, EnumValue> in = value.getValue();
            describe(in.values().stream().map(v -> v.description).toList(), "  ");
            out.append("  ").append(value.getKey());
            in.values().stream().map(v -> v.deprecated).filter(Objects::nonNull).findFirst()
                    .ifPresent(d -> out.append(' ').append(AstPrinter.printAst(d)));
            in.keySet().forEach(s -> out.append(" @join__enumValue(graph: ").append(graphEnum.get(s.name)).append(')'));
            access(in.values().stream().anyMatch(v -> v.inaccessible), tagsOf(in.values(), v -> v.tags));
            out.append('\n');
        }
        out.append("}\n\n");
    }

    private void input(String name, Map<SubgraphModel, TypeModel> definitions) {
        Map<String, Map<SubgraphModel, InputValue>> fields = new LinkedHashMap<>();
        definitions.forEach((s, t) -> t.inputFields.values().forEach(f ->
                fields.computeIfAbsent(f.name, n -> new LinkedHashMap<>()).put(s, f)));
        List<InputValue> merged = new ArrayList<>();
        for (Map.Entry<String, Map<SubgraphModel, InputValue>> field : fields.entrySet()) {
            InputValue value = mergeInputValues("input field \"" + name + "." + field.getKey() + "\"",
                    definitions.keySet(), field.getValue(), "REQUIRED_INPUT_FIELD_MISSING_IN_SOME_SUBGRAPH",
                    "FIELD_TYPE_MISMATCH");
            if (value != null) {
                merged.add(value);
            }
        }
        if (merged.isEmpty()) {
            errors.accept(new CompositionError("EMPTY_MERGED_INPUT_TYPE", "Input type \"" + name + "\" keeps only "
                    + "the fields every one of " + quoted(definitions.keySet().stream().map(s -> s.name).toList())
                    + " defines, and they share none. Define common fields."));
            return;
        }
        describe(definitions.values().stream().map(t -> t.description).toList(), "");
        out.append("input ").append(name);
        joinTypes(definitions);
        access(definitions.values().stream().anyMatch(t -> t.inaccessible), tagsOf(definitions.values(), t -> t.tags));
        out.append(" {\n");
        for (InputValue value : merged) {
            describe(List.of(value.description == null ? "" : value.description), "  ");
            out.append("  ");
            inputValue(value);
            out.append('\n');
        }
        out.append("}\n\n");
    }

    private void scalar(String name, Map<SubgraphModel, TypeModel> definitions) {
        describe(definitions.values().stream().map(t -> t.description).toList(), "");
        out.append("scalar ").append(name);
        definitions.values().stream().map(t -> t.specifiedBy).filter(Objects::nonNull).findFirst()
                .ifPresent(d -> out.append(' ').append(AstPrinter.printAst(d)));
        joinTypes(definitions);
        access(definitions.values().stream().anyMatch(t -> t.inaccessible), tagsOf(definitions.values(), t -> t.tags));
        out.append("\n\n");
    }

    // ---------------------------------------------------------------- type merging

    /** The most general of two output types, or null when they are incompatible. */
    private Type<?> mergeOutput(Type<?> a, Type<?> b) {
        boolean nonNull = a instanceof NonNullType && b instanceof NonNullType;
        Type<?> ia = a instanceof NonNullType n ? n.getType() : a;
        Type<?> ib = b instanceof NonNullType n ? n.getType() : b;
        Type<?> inner;
        if (ia instanceof ListType la && ib instanceof ListType lb) {
            Type<?> element = mergeOutput(la.getType(), lb.getType());
            inner = element == null ? null : new ListType(element);
        } else if (ia instanceof TypeName na && ib instanceof TypeName nb) {
            if (na.getName().equals(nb.getName()) || isSubtype(nb.getName(), na.getName())) {
                inner = na;
            } else if (isSubtype(na.getName(), nb.getName())) {
                inner = nb;
            } else {
                inner = null;
            }
        } else {
            inner = null;
        }
        return inner == null ? null : nonNull ? new NonNullType(inner) : inner;
    }

    /**
     * The most restrictive of two input types, or null when they are incompatible: they may differ
     * only in the outermost nullability (non-null wins); inside lists they must be the same.
     */
    private static Type<?> mergeInput(Type<?> a, Type<?> b) {
        boolean nonNull = a instanceof NonNullType || b instanceof NonNullType;
        Type<?> ia = a instanceof NonNullType n ? n.getType() : a;
        Type<?> ib = b instanceof NonNullType n ? n.getType() : b;
        if (!AstPrinter.printAst(ia).equals(AstPrinter.printAst(ib))) {
            return null;
        }
        return nonNull ? new NonNullType(ia) : ia;
    }

    private boolean isSubtype(String type, String supertype) {
        return subtypes.getOrDefault(supertype, Set.of()).contains(type);
    }

    // ---------------------------------------------------------------- printing

    private void header(Set<String> typeNames) {
        out.append("schema\n")
                .append("  @link(url: \"https://specs.apollo.dev/link/v1.0\")\n")
                .append("  @link(url: \"https://specs.apollo.dev/join/v0.5\", for: EXECUTION)\n");
        if (usesInaccessible) {
            out.append("  @link(url: \"https://specs.apollo.dev/inaccessible/v0.2\", for: SECURITY)\n");
        }
        if (usesTag) {
            out.append("  @link(url: \"https://specs.apollo.dev/tag/v0.3\")\n");
        }
        out.append("{\n");
        for (String root : ROOTS) {
            if (typeNames.contains(root)) {
                out.append("  ").append(root.toLowerCase(Locale.ROOT)).append(": ").append(root).append('\n');
            }
        }
        out.append("}\n\n").append(LINK_AND_JOIN);
        if (usesInaccessible) {
            out.append(INACCESSIBLE);
        }
        if (usesTag) {
            out.append(TAG);
        }
        out.append(LINK_AND_JOIN_TYPES).append("\nenum join__Graph {\n");
        for (SubgraphModel subgraph : subgraphs) {
            out.append("  ").append(graphEnum.get(subgraph.name)).append(" @join__graph(name: ").append(str(subgraph.name))
                    .append(", url: ").append(str(subgraph.url)).append(")\n");
        }
        out.append("}\n\n");
    }

    private void joinTypes(Map<SubgraphModel, TypeModel> definitions) {
        definitions.forEach((subgraph, type) -> {
            String graph = graphEnum.get(subgraph.name);
            String flags = (type.extension ? ", extension: true" : "") + (type.interfaceObject ? ", isInterfaceObject: true" : "");
            if (type.keys.isEmpty()) {
                out.append(" @join__type(graph: ").append(graph).append(flags).append(')');
            }
            for (Key key : type.keys) {
                out.append(" @join__type(graph: ").append(graph).append(", key: ").append(str(key.fields()))
                        .append(flags).append(key.resolvable() ? "" : ", resolvable: false").append(')');
            }
        });
    }

    /** What a printing step appends, as a string of its own. */
    private String render(Runnable step) {
        StringBuilder saved = out;
        out = new StringBuilder();
        step.run();
        String text = out.toString();
        out = saved;
        return text;
    }

    private void access(boolean inaccessible, List<String> tags) {
        usesInaccessible |= inaccessible;
        usesTag |= !tags.isEmpty();
        if (inaccessible) {
            out.append(" @inaccessible");
        }
        tags.forEach(t -> out.append(" @tag(name: ").append(str(t)).append(')'));
    }

    private void describe(List<String> descriptions, String indent) {
        String description = mostCommon(descriptions);
        if (description == null || description.isEmpty()) {
            return;
        }
        out.append(indent).append("\"\"\"\n");
        for (String line : description.replace("\"\"\"", "\\\"\"\"").split("\n", -1)) {
            out.append(line.isEmpty() ? "" : indent + line).append('\n');
        }
        out.append(indent).append("\"\"\"\n");
    }

    /** The description most subgraphs give; on a tie the one of the first subgraph (by name). */
    private static String mostCommon(List<String> descriptions) {
        Map<String, Long> counts = descriptions.stream().filter(d -> d != null && !d.isBlank())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        String best = null;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    private static <T> List<String> tagsOf(java.util.Collection<T> elements, Function<T, List<String>> tags) {
        Set<String> all = new LinkedHashSet<>();
        elements.forEach(e -> all.addAll(tags.apply(e)));
        return List.copyOf(all);
    }

    private static String quoted(java.util.Collection<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    static String str(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** link v1.0 and join v0.5 definitions, as the specs give them. */
    private static final String LINK_AND_JOIN = """
            directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA

            directive @join__graph(name: String!, url: String!) on ENUM_VALUE

            directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR

            directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean, overrideLabel: String, contextArguments: [join__ContextArgument!]) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION

            directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE

            directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION

            directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE

            directive @join__directive(graphs: [join__Graph!], name: String!, args: join__DirectiveArguments) repeatable on SCHEMA | OBJECT | INTERFACE | FIELD_DEFINITION

            """;

    private static final String INACCESSIBLE = """
            directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

            """;

    private static final String TAG = """
            directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA

            """;

    private static final String LINK_AND_JOIN_TYPES = """
            enum link__Purpose {
              "`SECURITY` features provide metadata necessary to securely resolve fields."
              SECURITY
              "`EXECUTION` features provide metadata necessary for operation execution."
              EXECUTION
            }

            scalar link__Import

            scalar join__FieldSet

            scalar join__DirectiveArguments

            scalar join__FieldValue

            input join__ContextArgument {
              name: String!
              type: String!
              context: String!
              selection: join__FieldValue!
            }
            """;
}
