package gg.arena.schema.compose;

import gg.arena.schema.LinkedFeatures;
import gg.arena.schema.Supergraph;
import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumTypeExtensionDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputObjectTypeExtensionDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.InterfaceTypeExtensionDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.ScalarTypeExtensionDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.language.UnionTypeExtensionDefinition;
import graphql.parser.InvalidSyntaxException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One subgraph SDL read with the federation directives resolved to their meaning, whatever local
 * name {@code @link(import:)} or {@code as:} gave them ({@code @federation__key}, an imported
 * {@code {name: "@key", as: "@primaryKey"}}, or the plain names of a Federation 1 SDL).
 *
 * <p>The federation machinery of the subgraph ({@code _Service}, {@code _Entity}, {@code _Any},
 * {@code FieldSet}, {@code link__*}, {@code federation__*}, {@code Query._service},
 * {@code Query._entities}) is left out; root types are renamed to {@code Query}, {@code Mutation},
 * {@code Subscription}.
 */
final class SubgraphModel {

    enum Kind { OBJECT, INTERFACE, UNION, ENUM, INPUT_OBJECT, SCALAR }

    record Key(String fields, boolean resolvable) {
    }

    /** An argument or an input field. */
    static final class InputValue {
        final String name;
        final String description;
        final Type<?> type;
        final graphql.language.Value<?> defaultValue;
        final boolean inaccessible;
        final List<String> tags;
        final Directive deprecated;

        InputValue(String name, String description, Type<?> type, graphql.language.Value<?> defaultValue,
                   boolean inaccessible, List<String> tags, Directive deprecated) {
            this.name = name;
            this.description = description;
            this.type = type;
            this.defaultValue = defaultValue;
            this.inaccessible = inaccessible;
            this.tags = tags;
            this.deprecated = deprecated;
        }
    }

    static final class Field {
        final String name;
        final String description;
        final Type<?> type;
        final Map<String, InputValue> arguments = new LinkedHashMap<>();
        boolean external;
        boolean shareable;
        String requires;
        String provides;
        String override;
        String overrideLabel;
        boolean inaccessible;
        List<String> tags = new ArrayList<>();
        Directive deprecated;

        Field(String name, String description, Type<?> type) {
            this.name = name;
            this.description = description;
            this.type = type;
        }
    }

    static final class EnumValue {
        final String name;
        final String description;
        final boolean inaccessible;
        final List<String> tags;
        final Directive deprecated;

        EnumValue(String name, String description, boolean inaccessible, List<String> tags, Directive deprecated) {
            this.name = name;
            this.description = description;
            this.inaccessible = inaccessible;
            this.tags = tags;
            this.deprecated = deprecated;
        }
    }

    static final class TypeModel {
        final String name;
        final Kind kind;
        String description;
        boolean extension;
        boolean shareable;
        boolean inaccessible;
        boolean interfaceObject;
        final List<String> tags = new ArrayList<>();
        final List<Key> keys = new ArrayList<>();
        final Set<String> interfaces = new LinkedHashSet<>();
        final Set<String> members = new LinkedHashSet<>();
        final Map<String, EnumValue> values = new LinkedHashMap<>();
        final Map<String, Field> fields = new LinkedHashMap<>();
        final Map<String, InputValue> inputFields = new LinkedHashMap<>();
        Directive specifiedBy;

        TypeModel(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }

        boolean isKeyField(String field) {
            return keys.stream().anyMatch(k -> FieldSets.topLevelFields(k.fields()).contains(field));
        }
    }

    /**
     * Every {@code Type.field} some {@code @key} of this subgraph selects, nested selections included
     * ({@code @key(fields: "maker { code }")} names {@code Maker.code}): such fields are shareable.
     */
    Set<String> keyFields() {
        if (keyFields == null) {
            Set<String> all = new java.util.HashSet<>();
            types.values().forEach(t -> t.keys.forEach(k -> FieldSets.parse(k.fields())
                    .ifPresent(set -> collectKeyFields(t.name, set, all))));
            keyFields = all;
        }
        return keyFields;
    }

    private void collectKeyFields(String typeName, graphql.language.SelectionSet set, Set<String> into) {
        TypeModel type = types.get(typeName);
        for (graphql.language.Field selected : FieldSets.fields(set)) {
            into.add(typeName + "." + selected.getName());
            Field field = type == null ? null : type.fields.get(selected.getName());
            if (field != null && selected.getSelectionSet() != null) {
                collectKeyFields(SubgraphChecks.baseName(field.type), selected.getSelectionSet(), into);
            }
        }
    }

    private Set<String> keyFields;

    private static final Set<String> MACHINERY_TYPES = Set.of("_Service", "_Entity", "_Any", "FieldSet", "_FieldSet");

    final String name;
    final String url;
    /** A Federation 1 SDL: no {@code @link} to the federation spec. */
    boolean federation1;
    final Map<String, TypeModel> types = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> rootRenames = new HashMap<>();

    private SubgraphModel(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /**
     * Reads a subgraph SDL.
     *
     * @throws CompositionException with {@code INVALID_GRAPHQL} when it does not parse
     */
    static SubgraphModel read(SubgraphSource source) {
        Document document;
        try {
            document = Supergraph.parseSdl(source.sdl());
        } catch (InvalidSyntaxException e) {
            throw new CompositionException(new CompositionError("INVALID_GRAPHQL",
                    "subgraph \"" + source.name() + "\" is not valid GraphQL: " + e.getMessage()
                            + ". Fix the syntax of its SDL."));
        }
        SubgraphModel model = new SubgraphModel(source.name(), source.url());
        model.resolveNames(document);
        model.readRoots(document);
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof TypeDefinition<?> type) {
                model.readType(type);
            }
        }
        TypeModel query = model.types.get("Query");
        if (query != null) {
            query.fields.remove("_service");
            query.fields.remove("_entities");
        }
        if (model.federation1) {
            model.upgradeFederation1();
        }
        return model;
    }

    /**
     * Reads a Federation 1 SDL the way Federation 2 does: every field may be shared (Federation 1
     * had no {@code @shareable}), and the key fields an extension marks {@code @external} are
     * resolved by it all the same.
     */
    private void upgradeFederation1() {
        for (TypeModel type : types.values()) {
            for (Field field : type.fields.values()) {
                field.shareable = true;
                if (type.isKeyField(field.name) && (type.extension || field.external)) {
                    field.external = false;
                }
            }
        }
    }

    /** The local names of the federation directives in this SDL. */
    private void resolveNames(Document document) {
        Optional<LinkedFeatures.Feature> federation = LinkedFeatures.of(document).all().stream()
                .filter(f -> f.identity().equals("https://specs.apollo.dev/federation"))
                .findFirst();
        federation1 = federation.isEmpty();
        for (String spec : List.of("key", "shareable", "external", "requires", "provides", "override",
                "inaccessible", "tag", "extends", "interfaceObject")) {
            String local = federation.map(f -> f.directiveName(spec)).orElse(spec);
            names.put(local, spec);
        }
        // @inaccessible and @tag linked from their own specs.
        for (LinkedFeatures.Feature f : LinkedFeatures.of(document).all()) {
            if (f.identity().equals("https://specs.apollo.dev/inaccessible")) {
                names.put(f.directiveName("inaccessible"), "inaccessible");
            }
            if (f.identity().equals("https://specs.apollo.dev/tag")) {
                names.put(f.directiveName("tag"), "tag");
            }
        }
    }

    private void readRoots(Document document) {
        for (SchemaDefinition schema : document.getDefinitionsOfType(SchemaDefinition.class)) {
            for (OperationTypeDefinition op : schema.getOperationTypeDefinitions()) {
                String root = switch (op.getName()) {
                    case "query" -> "Query";
                    case "mutation" -> "Mutation";
                    default -> "Subscription";
                };
                rootRenames.put(op.getTypeName().getName(), root);
            }
        }
    }

    private String typeName(String local) {
        return rootRenames.getOrDefault(local, local);
    }

    private boolean isMachinery(String typeName) {
        return MACHINERY_TYPES.contains(typeName) || typeName.startsWith("link__") || typeName.startsWith("federation__");
    }

    private void readType(TypeDefinition<?> definition) {
        String typeName = typeName(definition.getName());
        if (isMachinery(typeName)) {
            return;
        }
        boolean interfaceObject = has(definition, "interfaceObject");
        Kind kind = kindOf(definition);
        TypeModel type = types.computeIfAbsent(typeName, n -> new TypeModel(n, kind));
        boolean isExtension = definition instanceof ObjectTypeExtensionDefinition
                || definition instanceof InterfaceTypeExtensionDefinition
                || definition instanceof UnionTypeExtensionDefinition
                || definition instanceof EnumTypeExtensionDefinition
                || definition instanceof InputObjectTypeExtensionDefinition
                || definition instanceof ScalarTypeExtensionDefinition;
        if ((isExtension && !rootRenames.containsValue(typeName) && !List.of("Query", "Mutation", "Subscription").contains(typeName))
                || has(definition, "extends")) {
            type.extension = true;
        }
        if (type.description == null) {
            type.description = description(definition);
        }
        type.shareable |= has(definition, "shareable");
        type.inaccessible |= has(definition, "inaccessible");
        type.interfaceObject |= interfaceObject;
        type.tags.addAll(tags(definition));
        for (Directive key : directives(definition, "key")) {
            boolean resolvable = !(key.getArgument("resolvable") != null
                    && key.getArgument("resolvable").getValue() instanceof BooleanValue b && !b.isValue());
            type.keys.add(new Key(string(key, "fields").orElse(""), resolvable));
        }
        if (definition instanceof ImplementingTypeDefinition<?> implementing) {
            for (Type<?> iface : implementing.getImplements()) {
                type.interfaces.add(((TypeName) iface).getName());
            }
            for (FieldDefinition field : implementing.getFieldDefinitions()) {
                type.fields.put(field.getName(), readField(field));
            }
        }
        if (definition instanceof UnionTypeDefinition union) {
            union.getMemberTypes().forEach(m -> type.members.add(((TypeName) m).getName()));
        }
        if (definition instanceof EnumTypeDefinition enumType) {
            for (EnumValueDefinition value : enumType.getEnumValueDefinitions()) {
                type.values.put(value.getName(), new EnumValue(value.getName(), description(value),
                        has(value, "inaccessible"), tags(value), deprecated(value)));
            }
        }
        if (definition instanceof InputObjectTypeDefinition input) {
            input.getInputValueDefinitions().forEach(v -> type.inputFields.put(v.getName(), readInputValue(v)));
        }
        if (definition instanceof ScalarTypeDefinition scalar && type.specifiedBy == null) {
            type.specifiedBy = scalar.getDirectives("specifiedBy").stream().findFirst().orElse(null);
        }
    }

    private Field readField(FieldDefinition definition) {
        Field field = new Field(definition.getName(), description(definition), definition.getType());
        definition.getInputValueDefinitions().forEach(a -> field.arguments.put(a.getName(), readInputValue(a)));
        field.external = has(definition, "external");
        field.shareable = has(definition, "shareable");
        field.requires = directives(definition, "requires").stream().findFirst().flatMap(d -> string(d, "fields")).orElse(null);
        field.provides = directives(definition, "provides").stream().findFirst().flatMap(d -> string(d, "fields")).orElse(null);
        Optional<Directive> override = directives(definition, "override").stream().findFirst();
        field.override = override.flatMap(d -> string(d, "from")).orElse(null);
        field.overrideLabel = override.flatMap(d -> string(d, "label")).orElse(null);
        field.inaccessible = has(definition, "inaccessible");
        field.tags = tags(definition);
        field.deprecated = deprecated(definition);
        return field;
    }

    private InputValue readInputValue(InputValueDefinition value) {
        return new InputValue(value.getName(), description(value), value.getType(), value.getDefaultValue(),
                has(value, "inaccessible"), tags(value), deprecated(value));
    }

    private static Kind kindOf(TypeDefinition<?> definition) {
        if (definition instanceof ObjectTypeDefinition) {
            return Kind.OBJECT;
        } else if (definition instanceof InterfaceTypeDefinition) {
            return Kind.INTERFACE;
        } else if (definition instanceof UnionTypeDefinition) {
            return Kind.UNION;
        } else if (definition instanceof EnumTypeDefinition) {
            return Kind.ENUM;
        } else if (definition instanceof InputObjectTypeDefinition) {
            return Kind.INPUT_OBJECT;
        }
        return Kind.SCALAR;
    }

    private List<Directive> directives(DirectivesContainer<?> node, String spec) {
        return node.getDirectives().stream().filter(d -> spec.equals(names.get(d.getName()))).toList();
    }

    private boolean has(DirectivesContainer<?> node, String spec) {
        return !directives(node, spec).isEmpty();
    }

    private List<String> tags(DirectivesContainer<?> node) {
        return directives(node, "tag").stream().map(d -> string(d, "name").orElse("")).toList();
    }

    private static Directive deprecated(DirectivesContainer<?> node) {
        return node.getDirectives("deprecated").stream().findFirst().orElse(null);
    }

    private static String description(graphql.language.Node<?> node) {
        Description d = node instanceof graphql.language.AbstractDescribedNode<?> described ? described.getDescription() : null;
        return d == null ? null : d.getContent();
    }

    static Optional<String> string(Directive directive, String argument) {
        Argument a = directive.getArgument(argument);
        return a != null && a.getValue() instanceof StringValue s ? Optional.of(s.getValue()) : Optional.empty();
    }
}
