package gg.arena.router.supergraph;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumTypeExtensionDefinition;
import graphql.language.EnumValue;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ListType;
import graphql.language.Node;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.language.Value;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a supergraph SDL (link v1.0 or core v0.x; join v0.1–v0.5) into a {@link Supergraph}. Anything it cannot
 * serve fails with a {@link SupergraphException} naming the line.
 */
public final class SupergraphParser {
    private static final Pattern SPEC_URL = Pattern.compile("^https?://[^ ]+/([a-zA-Z_][a-zA-Z0-9_-]*)/v(\\d+)\\.(\\d+)/?$");
    /** Features that change how a field is resolved; a supergraph that needs one of the others cannot be served. */
    private static final Set<String> SUPPORTED = Set.of("link", "core", "join", "inaccessible", "tag");

    private final String source;

    private SupergraphParser(String source) {
        this.source = source;
    }

    /** Parses {@code sdl}; {@code source} names it in error messages (e.g. the file name). */
    public static Supergraph parse(String sdl, String source) {
        return new SupergraphParser(source).read(sdl);
    }

    private Supergraph read(String sdl) {
        Document doc;
        try {
            ParserOptions options = ParserOptions.newParserOptions()
                    .maxTokens(Integer.MAX_VALUE).maxCharacters(Integer.MAX_VALUE)
                    .maxWhitespaceTokens(Integer.MAX_VALUE).maxRuleDepth(Integer.MAX_VALUE)
                    .captureSourceLocation(true).build();
            doc = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(sdl)
                    .parserOptions(options).build());
        } catch (InvalidSyntaxException e) {
            SourceLocation loc = e.getLocation();
            throw new SupergraphException(source + ":" + (loc == null ? "?" : loc.getLine()) + ": syntax error: "
                    + e.getMessage());
        }

        SchemaDefinition schema = doc.getDefinitionsOfType(SchemaDefinition.class).stream().findFirst()
                .orElseThrow(() -> new SupergraphException(source + ":1: no schema definition: not a supergraph"));

        String joinPrefix = null;
        int joinMinor = -1;
        String inaccessible = null;
        for (Directive d : schema.getDirectives()) {
            if (!d.getName().equals("link") && !d.getName().equals("core")) {
                continue;
            }
            String url = stringArg(d, d.getName().equals("link") ? "url" : "feature");
            if (url == null) {
                throw fail(d, "@" + d.getName() + " without url");
            }
            Matcher m = SPEC_URL.matcher(url);
            if (!m.matches()) {
                throw fail(d, "unrecognised feature url " + url);
            }
            String spec = m.group(1);
            String as = stringArg(d, "as");
            String purpose = enumArg(d, "for");
            if (!SUPPORTED.contains(spec) && purpose != null) {
                throw fail(d, "feature " + url + " is needed for " + purpose + " and the router does not support it");
            }
            switch (spec) {
                case "join" -> {
                    int major = Integer.parseInt(m.group(2));
                    joinMinor = Integer.parseInt(m.group(3));
                    if (major != 0 || joinMinor < 1 || joinMinor > 5) {
                        throw fail(d, "join v" + major + "." + joinMinor + " is not supported (v0.1 to v0.5 are)");
                    }
                    joinPrefix = as == null ? "join" : as;
                }
                case "inaccessible" -> inaccessible = as == null ? "inaccessible" : as;
                case "link" -> {
                    if (!m.group(2).equals("1") || !m.group(3).equals("0")) {
                        throw fail(d, "link v" + m.group(2) + "." + m.group(3) + " is not supported (v1.0 is)");
                    }
                }
                default -> {
                }
            }
        }
        if (joinPrefix == null) {
            throw fail(schema, "the schema does not @link the join spec (https://specs.apollo.dev/join/v0.x): "
                    + "not a supergraph");
        }

        String queryType = "Query";
        String mutationType = null;
        String subscriptionType = null;
        for (OperationTypeDefinition otd : schema.getOperationTypeDefinitions()) {
            switch (otd.getName()) {
                case "query" -> queryType = otd.getTypeName().getName();
                case "mutation" -> mutationType = otd.getTypeName().getName();
                case "subscription" -> subscriptionType = otd.getTypeName().getName();
                default -> {
                }
            }
        }

        final String graphEnum = joinPrefix + "__Graph";
        final String joinP = joinPrefix;
        Map<String, Graph> graphs = new LinkedHashMap<>();
        EnumTypeDefinition graphDef = doc.getDefinitionsOfType(EnumTypeDefinition.class).stream()
                .filter(e -> e.getName().equals(graphEnum)).findFirst()
                .orElseThrow(() -> fail(schema, "enum " + graphEnum + " is missing"));
        for (EnumValueDefinition v : graphDef.getEnumValueDefinitions()) {
            Directive gd = v.getDirectives(joinP + "__graph").stream().findFirst()
                    .orElseThrow(() -> fail(v, graphEnum + "." + v.getName() + " has no @" + joinP + "__graph"));
            String name = stringArg(gd, "name");
            String url = stringArg(gd, "url");
            if (name == null || url == null) {
                throw fail(gd, "@" + joinPrefix + "__graph on " + v.getName() + " needs name and url");
            }
            graphs.put(v.getName(), new Graph(v.getName(), name, url));
        }
        if (graphs.isEmpty()) {
            throw fail(graphDef, graphEnum + " has no values: no subgraphs");
        }

        String jp = joinPrefix + "__";
        Map<String, TypeMeta> types = new HashMap<>();
        Map<String, Map<String, List<String>>> implementsByType = new HashMap<>();
        for (TypeDefinition<?> td : doc.getDefinitionsOfType(TypeDefinition.class)) {
            if (td instanceof graphql.language.ObjectTypeExtensionDefinition
                    || td instanceof EnumTypeExtensionDefinition) {
                throw fail(td, "type extensions are not expected in a supergraph");
            }
            String name = td.getName();
            if (name.startsWith(jp) || name.startsWith("link__") || name.startsWith("core__")) {
                continue;
            }
            List<JoinType> joinTypes = new ArrayList<>();
            String owner = null;
            for (Directive d : ((DirectivesContainer<?>) td).getDirectives()) {
                if (d.getName().equals(jp + "type")) {
                    String g = graphArg(d, graphs, "graph");
                    joinTypes.add(new JoinType(g, stringArg(d, "key"), boolArg(d, "resolvable", true),
                            boolArg(d, "extension", false), boolArg(d, "isInterfaceObject", false)));
                } else if (d.getName().equals(jp + "owner")) {
                    owner = graphArg(d, graphs, "graph");
                }
            }
            Map<String, FieldMeta> fields = new LinkedHashMap<>();
            Map<String, List<String>> implementsIn = new LinkedHashMap<>();
            Map<String, List<String>> unionMembers = new LinkedHashMap<>();
            Map<String, List<String>> enumValues = new LinkedHashMap<>();
            TypeMeta.Kind kind;
            if (td instanceof ObjectTypeDefinition || td instanceof InterfaceTypeDefinition) {
                kind = td instanceof ObjectTypeDefinition ? TypeMeta.Kind.OBJECT : TypeMeta.Kind.INTERFACE;
                ImplementingTypeDefinition<?> it = (ImplementingTypeDefinition<?>) td;
                for (FieldDefinition fd : it.getFieldDefinitions()) {
                    List<JoinField> jfs = new ArrayList<>();
                    for (Directive d : fd.getDirectives(jp + "field")) {
                        String g = d.getArgument("graph") == null ? null : graphArg(d, graphs, "graph");
                        String requires = stringArg(d, "requires");
                        String provides = stringArg(d, "provides");
                        checkFieldSet(d, requires);
                        checkFieldSet(d, provides);
                        jfs.add(new JoinField(g, requires, provides, boolArg(d, "external", false),
                                stringArg(d, "override"), boolArg(d, "usedOverridden", false), stringArg(d, "type")));
                    }
                    fields.put(fd.getName(), new FieldMeta(fd.getName(), namedType(fd.getType()), jfs));
                }
                for (Type<?> iface : it.getImplements()) {
                    implementsIn.put(((TypeName) iface).getName(), new ArrayList<>());
                }
                for (Directive d : td.getDirectives()) {
                    if (d.getName().equals(jp + "implements")) {
                        String g = graphArg(d, graphs, "graph");
                        String iface = stringArg(d, "interface");
                        implementsIn.computeIfAbsent(iface, k -> new ArrayList<>()).add(g);
                    }
                }
                if (joinMinor == 1) {
                    List<String> all = joinTypes.isEmpty() ? List.copyOf(graphs.keySet())
                            : joinTypes.stream().map(JoinType::graph).distinct().toList();
                    implementsIn.replaceAll((k, v) -> v.isEmpty() ? new ArrayList<>(all) : v);
                }
                implementsByType.put(name, implementsIn);
            } else if (td instanceof UnionTypeDefinition u) {
                kind = TypeMeta.Kind.UNION;
                for (Type<?> m : u.getMemberTypes()) {
                    unionMembers.put(((TypeName) m).getName(), new ArrayList<>());
                }
                for (Directive d : u.getDirectives(jp + "unionMember")) {
                    String g = graphArg(d, graphs, "graph");
                    String member = stringArg(d, "member");
                    unionMembers.computeIfAbsent(member, k -> new ArrayList<>()).add(g);
                }
            } else if (td instanceof EnumTypeDefinition e) {
                kind = TypeMeta.Kind.ENUM;
                for (EnumValueDefinition v : e.getEnumValueDefinitions()) {
                    List<String> gs = new ArrayList<>();
                    for (Directive d : v.getDirectives(jp + "enumValue")) {
                        gs.add(graphArg(d, graphs, "graph"));
                    }
                    enumValues.put(v.getName(), gs);
                }
            } else if (td instanceof InputObjectTypeDefinition) {
                kind = TypeMeta.Kind.INPUT;
            } else if (td instanceof ScalarTypeDefinition) {
                kind = TypeMeta.Kind.SCALAR;
            } else {
                continue;
            }
            types.put(name, new TypeMeta(name, kind, joinTypes, fields, implementsIn, unionMembers, enumValues,
                    owner));
        }
        if (!types.containsKey(queryType)) {
            throw fail(schema, "query root type " + queryType + " is not defined");
        }
        for (TypeMeta t : types.values()) {
            for (FieldMeta f : t.fields().values()) {
                if (!types.containsKey(f.typeName()) && !isBuiltIn(f.typeName())) {
                    throw new SupergraphException(source + ": field " + t.name() + "." + f.name()
                            + " has unknown type " + f.typeName());
                }
            }
        }
        for (String builtIn : List.of("String", "Int", "Float", "Boolean", "ID")) {
            types.putIfAbsent(builtIn, new TypeMeta(builtIn, TypeMeta.Kind.SCALAR, List.of(), Map.of(), Map.of(),
                    Map.of(), Map.of(), null));
        }
        return new Supergraph(doc, graphs, types, queryType, mutationType, subscriptionType, inaccessible);
    }

    private static boolean isBuiltIn(String name) {
        return switch (name) {
            case "String", "Int", "Float", "Boolean", "ID" -> true;
            default -> false;
        };
    }

    static String namedType(Type<?> type) {
        if (type instanceof NonNullType nn) {
            return namedType(nn.getType());
        }
        if (type instanceof ListType lt) {
            return namedType(lt.getType());
        }
        return ((TypeName) type).getName();
    }

    private void checkFieldSet(Directive d, String fieldSet) {
        if (fieldSet == null) {
            return;
        }
        try {
            FieldSets.parse(fieldSet);
        } catch (RuntimeException e) {
            throw fail(d, "invalid field set \"" + fieldSet + "\": " + e.getMessage());
        }
    }

    private String graphArg(Directive d, Map<String, Graph> graphs, String arg) {
        Argument a = d.getArgument(arg);
        if (a == null || !(a.getValue() instanceof EnumValue ev)) {
            throw fail(d, "@" + d.getName() + " needs " + arg + ": <graph>");
        }
        if (!graphs.containsKey(ev.getName())) {
            throw fail(d, "@" + d.getName() + " names unknown graph " + ev.getName());
        }
        return ev.getName();
    }

    private static String stringArg(Directive d, String name) {
        Argument a = d.getArgument(name);
        if (a == null) {
            return null;
        }
        Value<?> v = a.getValue();
        return v instanceof StringValue s ? s.getValue() : null;
    }

    private static String enumArg(Directive d, String name) {
        Argument a = d.getArgument(name);
        return a != null && a.getValue() instanceof EnumValue e ? e.getName() : null;
    }

    private static boolean boolArg(Directive d, String name, boolean dflt) {
        Argument a = d.getArgument(name);
        return a != null && a.getValue() instanceof BooleanValue b ? b.isValue() : dflt;
    }

    private SupergraphException fail(Node<?> node, String problem) {
        SourceLocation loc = node.getSourceLocation();
        return new SupergraphException(source + ":" + (loc == null ? "?" : loc.getLine()) + ": " + problem);
    }
}
