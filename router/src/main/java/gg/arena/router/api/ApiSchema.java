package gg.arena.router.api;

import gg.arena.router.supergraph.Supergraph;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.DirectiveLocation;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API schema: the supergraph minus the join/link machinery and every {@code @inaccessible} element. Operations
 * are validated against it and introspection is answered from it.
 */
public final class ApiSchema {
    private static final Set<String> KEPT_DIRECTIVES = Set.of("deprecated", "specifiedBy", "oneOf");
    private static final Set<String> EXECUTABLE_LOCATIONS = Set.of("QUERY", "MUTATION", "SUBSCRIPTION", "FIELD",
            "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION");

    private final GraphQLSchema schema;
    private final GraphQL introspection;

    private ApiSchema(GraphQLSchema schema) {
        this.schema = schema;
        this.introspection = GraphQL.newGraphQL(schema).build();
    }

    public static ApiSchema of(Supergraph supergraph) {
        Document doc = apiDocument(supergraph);
        TypeDefinitionRegistry registry = new SchemaParser().buildRegistry(doc);
        return new ApiSchema(new graphql.schema.idl.SchemaGenerator().makeExecutableSchema(registry,
                graphql.schema.idl.RuntimeWiring.newRuntimeWiring().wiringFactory(new PassThroughWiring()).build()));
    }

    public GraphQLSchema schema() {
        return schema;
    }

    /**
     * Answers the introspection part of an operation: graphql-java executes the document against the API schema
     * (fields that are not introspection resolve to null and are dropped by the caller).
     */
    public Map<String, Object> introspect(Document document, String operationName, Map<String, Object> variables) {
        return introspectionResult(document, operationName, variables).getData() instanceof Map<?, ?> m
                ? cast(m) : Map.of();
    }

    /**
     * The full graphql-java result of the introspection part of an operation. The good-faith introspection guard is
     * off: a client may ask for {@code __type} several times (operation limits are a separate concern).
     */
    public ExecutionResult introspectionResult(Document document, String operationName,
                                               Map<String, Object> variables) {
        return introspection.execute(ExecutionInput.newExecutionInput()
                .query(graphql.language.AstPrinter.printAst(document))
                .graphQLContext(Map.of(graphql.introspection.GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED,
                        true))
                .operationName(operationName).variables(variables == null ? Map.of() : variables).build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** The supergraph document with federation machinery and inaccessible elements removed. */
    static Document apiDocument(Supergraph sg) {
        String inaccessible = sg.inaccessibleDirective();
        Set<String> dropped = new HashSet<>();
        for (Definition<?> d : sg.document().getDefinitions()) {
            if (d instanceof TypeDefinition<?> td && (isMachinery(td.getName())
                    || (inaccessible != null && td.hasDirective(inaccessible)))) {
                dropped.add(td.getName());
            }
        }
        List<Definition> out = new ArrayList<>();
        for (Definition<?> d : sg.document().getDefinitions()) {
            if (d instanceof SchemaDefinition s) {
                out.add(s.transform(b -> b.directives(List.of())));
            } else if (d instanceof DirectiveDefinition dd) {
                boolean executable = !dd.getDirectiveLocations().isEmpty() && dd.getDirectiveLocations().stream()
                        .map(DirectiveLocation::getName).allMatch(EXECUTABLE_LOCATIONS::contains);
                if (executable && !isMachinery(dd.getName())) {
                    out.add(dd);
                }
            } else if (d instanceof TypeDefinition<?> td) {
                if (dropped.contains(td.getName())) {
                    continue;
                }
                out.add(strip(td, inaccessible, dropped));
            }
        }
        return Document.newDocument().definitions(out).build();
    }

    private static boolean isMachinery(String name) {
        return name.startsWith("join__") || name.startsWith("link__") || name.startsWith("core__")
                || name.equals("link") || name.equals("core");
    }

    private static List<Directive> kept(List<Directive> ds) {
        return ds.stream().filter(d -> KEPT_DIRECTIVES.contains(d.getName())).toList();
    }

    private static boolean hidden(graphql.language.DirectivesContainer<?> c, String inaccessible) {
        return inaccessible != null && c.hasDirective(inaccessible);
    }

    private static List<InputValueDefinition> args(List<InputValueDefinition> in, String inaccessible) {
        return in.stream().filter(a -> !hidden(a, inaccessible))
                .map(a -> a.transform(b -> b.directives(kept(a.getDirectives())))).toList();
    }

    private static List<FieldDefinition> fields(List<FieldDefinition> in, String inaccessible) {
        return in.stream().filter(f -> !hidden(f, inaccessible))
                .map(f -> f.transform(b -> b.directives(kept(f.getDirectives()))
                        .inputValueDefinitions(args(f.getInputValueDefinitions(), inaccessible)))).toList();
    }

    private static TypeDefinition<?> strip(TypeDefinition<?> td, String inaccessible, Set<String> dropped) {
        if (td instanceof ObjectTypeDefinition o) {
            return o.transform(b -> b.directives(kept(o.getDirectives()))
                    .fieldDefinitions(fields(o.getFieldDefinitions(), inaccessible))
                    .implementz(o.getImplements().stream().filter(i -> !dropped.contains(((TypeName) i).getName()))
                            .toList()));
        }
        if (td instanceof InterfaceTypeDefinition i) {
            return i.transform(b -> b.directives(kept(i.getDirectives()))
                    .definitions(fields(i.getFieldDefinitions(), inaccessible))
                    .implementz(i.getImplements().stream().filter(x -> !dropped.contains(((TypeName) x).getName()))
                            .toList()));
        }
        if (td instanceof UnionTypeDefinition u) {
            return u.transform(b -> b.directives(kept(u.getDirectives()))
                    .memberTypes(u.getMemberTypes().stream()
                            .filter(m -> !dropped.contains(((TypeName) m).getName())).toList()));
        }
        if (td instanceof EnumTypeDefinition e) {
            return e.transform(b -> b.directives(kept(e.getDirectives()))
                    .enumValueDefinitions(e.getEnumValueDefinitions().stream().filter(v -> !hidden(v, inaccessible))
                            .map(v -> v.transform(vb -> vb.directives(kept(v.getDirectives())))).toList()));
        }
        if (td instanceof InputObjectTypeDefinition in) {
            return in.transform(b -> b.directives(kept(in.getDirectives()))
                    .inputValueDefinitions(args(in.getInputValueDefinitions(), inaccessible)));
        }
        if (td instanceof ScalarTypeDefinition s) {
            return s.transform(b -> b.directives(kept(s.getDirectives())));
        }
        return td;
    }
}
