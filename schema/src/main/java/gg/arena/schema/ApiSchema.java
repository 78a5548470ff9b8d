package gg.arena.schema;

import graphql.language.AstTransformer;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.Node;
import graphql.language.NodeVisitorStub;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.SchemaPrinter;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static graphql.util.TreeTransformerUtil.deleteNode;

/**
 * The API schema of a supergraph: what clients see and validate their operations against.
 *
 * <p>It is the supergraph minus
 * <ul>
 *   <li>the federation machinery: every directive and type of a feature linked from
 *       {@code https://specs.apollo.dev/} ({@code @link}, {@code link__*}, {@code @join__*},
 *       {@code join__*}, {@code @inaccessible}, {@code @tag}…), definitions and applications alike;</li>
 *   <li>every element marked {@code @inaccessible}: types, fields, arguments, input fields and enum
 *       values; an inaccessible type also leaves the unions and {@code implements} lists naming it.</li>
 * </ul>
 * Everything else (descriptions, {@code @deprecated}, custom directives) stays as written.
 *
 * <p>Example: {@code ApiSchema.fromSupergraph(Files.readString(path)).schema()} gives a
 * {@link GraphQLSchema} for graphql-java's {@code Validator}.
 */
public final class ApiSchema {

    private final Document document;
    private final GraphQLSchema schema;

    private ApiSchema(Document document) {
        this.document = document;
        this.schema = Supergraph.buildWithoutExecution(document);
    }

    public static ApiSchema fromSupergraph(String supergraphSdl) {
        return fromSupergraph(Supergraph.parse(supergraphSdl));
    }

    public static ApiSchema fromSupergraph(Supergraph supergraph) {
        return new ApiSchema(strip(supergraph.document(), supergraph.features()));
    }

    /** The API schema as an SDL document. */
    public Document document() {
        return document;
    }

    /** The API schema with no data fetchers behind it (custom scalars pass values through). */
    public GraphQLSchema schema() {
        return schema;
    }

    /**
     * The API schema printed as SDL, types and fields sorted by name (stable for diffs), with the
     * definitions of its own directives but not of the built-in ones.
     */
    public String sdl() {
        SchemaPrinter.Options options = SchemaPrinter.Options.defaultOptions()
                .includeSchemaDefinition(true)
                .includeDirectiveDefinition(name -> !DirectiveInfo.isGraphqlSpecifiedDirective(name));
        return new SchemaPrinter(options).print(schema);
    }

    private static Document strip(Document supergraph, LinkedFeatures features) {
        Optional<String> inaccessible = features.inaccessibleDirective();
        Set<String> removedTypes = new HashSet<>();
        for (TypeDefinition<?> type : supergraph.getDefinitionsOfType(TypeDefinition.class)) {
            if (features.isMachineryType(type.getName()) || isMarked(type, inaccessible)) {
                removedTypes.add(type.getName());
            }
        }
        NodeVisitorStub visitor = new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
                return features.isMachineryDirective(node.getName()) ? deleteNode(context) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitDirectiveDefinition(DirectiveDefinition node, TraverserContext<Node> context) {
                return features.isMachineryDirective(node.getName()) ? deleteNode(context) : TraversalControl.CONTINUE;
            }

            @Override
            protected TraversalControl visitTypeDefinition(TypeDefinition<?> node, TraverserContext<Node> context) {
                return removedTypes.contains(node.getName()) ? deleteNode(context) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitFieldDefinition(FieldDefinition node, TraverserContext<Node> context) {
                return isMarked(node, inaccessible) ? deleteNode(context) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitInputValueDefinition(InputValueDefinition node, TraverserContext<Node> context) {
                return isMarked(node, inaccessible) ? deleteNode(context) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitEnumValueDefinition(EnumValueDefinition node, TraverserContext<Node> context) {
                return isMarked(node, inaccessible) ? deleteNode(context) : TraversalControl.CONTINUE;
            }

            /** Union members and implemented interfaces that were removed; field types are left alone. */
            @Override
            public TraversalControl visitTypeName(TypeName node, TraverserContext<Node> context) {
                Node<?> parent = context.getParentNode();
                boolean memberOrInterface = parent instanceof UnionTypeDefinition || parent instanceof ImplementingTypeDefinition;
                return memberOrInterface && removedTypes.contains(node.getName()) ? deleteNode(context) : TraversalControl.CONTINUE;
            }
        };
        return (Document) new AstTransformer().transform(supergraph, visitor);
    }

    private static boolean isMarked(Node<?> node, Optional<String> directive) {
        return directive.isPresent() && node instanceof DirectivesContainer<?> container
                && container.hasDirective(directive.get());
    }
}
