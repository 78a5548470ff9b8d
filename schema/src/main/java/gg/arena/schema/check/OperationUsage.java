package gg.arena.schema.check;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.TypeUtil;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one client operation uses of a schema: the fields it selects ({@code Type.field}) and every
 * type it touches (parent and result types of those fields, fragment conditions, variable and
 * argument input types with the input objects and enums inside them).
 *
 * @param source    the operation file
 * @param operation the operation's name
 * @param uses      field coordinates and type names
 */
public record OperationUsage(String source, String operation, Set<String> uses) {

    /**
     * The usage of every named operation of a file, walked over the schema it was written against
     * (selections that schema does not know are skipped: validation reports them).
     */
    public static List<OperationUsage> of(String source, String text, GraphQLSchema schema) {
        Document document;
        try {
            document = Parser.parse(text);
        } catch (RuntimeException e) {
            return List.of();
        }
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
        List<OperationUsage> usages = new ArrayList<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operation.getName() == null) {
                continue;
            }
            Set<String> uses = new TreeSet<>();
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                inputType(schema.getType(TypeUtil.unwrapAll(variable.getType()).getName()), uses);
            }
            GraphQLObjectType root = switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
            if (root != null) {
                walk(schema, root, operation.getSelectionSet(), fragments, uses, new HashSet<>());
            }
            usages.add(new OperationUsage(source, operation.getName(), uses));
        }
        return usages;
    }

    private static void walk(GraphQLSchema schema, GraphQLNamedType parent, SelectionSet set,
                             Map<String, FragmentDefinition> fragments, Set<String> uses, Set<String> spreading) {
        if (set == null) {
            return;
        }
        uses.add(parent.getName());
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (!(parent instanceof GraphQLFieldsContainer container) || field.getName().startsWith("__")) {
                    continue;
                }
                GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
                uses.add(parent.getName() + "." + field.getName());
                if (definition == null) {
                    continue;
                }
                for (Argument argument : field.getArguments()) {
                    GraphQLArgument declared = definition.getArgument(argument.getName());
                    if (declared != null) {
                        inputType(declared.getType(), uses);
                    }
                }
                walk(schema, GraphQLTypeUtil.unwrapAll(definition.getType()), field.getSelectionSet(), fragments, uses, spreading);
            } else if (selection instanceof InlineFragment inline) {
                GraphQLNamedType on = inline.getTypeCondition() == null ? parent
                        : (GraphQLNamedType) schema.getType(inline.getTypeCondition().getName());
                if (on != null) {
                    walk(schema, on, inline.getSelectionSet(), fragments, uses, spreading);
                }
            } else if (selection instanceof FragmentSpread spread && spreading.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                GraphQLType on = fragment == null ? null : schema.getType(fragment.getTypeCondition().getName());
                if (on instanceof GraphQLNamedType named) {
                    walk(schema, named, fragment.getSelectionSet(), fragments, uses, spreading);
                }
                spreading.remove(spread.getName());
            }
        }
    }

    private static void inputType(GraphQLType type, Set<String> uses) {
        if (type == null) {
            return;
        }
        GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
        if (!uses.add(named.getName())) {
            return;
        }
        if (named instanceof GraphQLInputObjectType input) {
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                inputType(field.getType(), uses);
            }
        }
    }
}
