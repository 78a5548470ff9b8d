package gg.arena.schema.check;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static gg.arena.schema.check.Severity.BREAKING;
import static gg.arena.schema.check.Severity.DANGEROUS;
import static gg.arena.schema.check.Severity.SAFE;

/**
 * Classifies every difference between an old and a new API schema.
 *
 * <ul>
 *   <li>Removed type, field, argument, input field, enum value, union member or interface: breaking.</li>
 *   <li>Output type made nullable: breaking (clients relied on a value); made non-null: safe.</li>
 *   <li>Argument or input field made non-null, or a required one added: breaking; made nullable or an
 *       optional one added: safe.</li>
 *   <li>Any other type change: breaking. Changed default value, added enum value or union member: dangerous.</li>
 *   <li>Added type, field, interface; deprecations: safe.</li>
 * </ul>
 */
public final class SchemaDiff {

    private final List<SchemaChange> changes = new ArrayList<>();

    private SchemaDiff() {
    }

    public static List<SchemaChange> between(GraphQLSchema before, GraphQLSchema after) {
        SchemaDiff diff = new SchemaDiff();
        diff.compare(before, after);
        return List.copyOf(diff.changes);
    }

    private void compare(GraphQLSchema before, GraphQLSchema after) {
        for (GraphQLNamedType old : before.getAllTypesAsList()) {
            if (builtIn(old)) {
                continue;
            }
            GraphQLNamedType now = (GraphQLNamedType) after.getType(old.getName());
            if (now == null) {
                add(BREAKING, "TYPE_REMOVED", old.getName(), old.getName(), "type " + old.getName() + " was removed");
            } else if (!now.getClass().equals(old.getClass())) {
                add(BREAKING, "TYPE_KIND_CHANGED", old.getName(), old.getName(), "type " + old.getName() + " changed from "
                        + kind(old) + " to " + kind(now));
            } else if (old instanceof GraphQLFieldsContainer o) {
                fields(o, (GraphQLFieldsContainer) now);
            } else if (old instanceof GraphQLInputObjectType o) {
                inputFields(o, (GraphQLInputObjectType) now);
            } else if (old instanceof GraphQLEnumType o) {
                enumValues(o, (GraphQLEnumType) now);
            } else if (old instanceof GraphQLUnionType o) {
                members(o, (GraphQLUnionType) now);
            }
        }
        for (GraphQLNamedType now : after.getAllTypesAsList()) {
            if (!builtIn(now) && before.getType(now.getName()) == null) {
                add(SAFE, "TYPE_ADDED", now.getName(), now.getName(), "type " + now.getName() + " was added");
            }
        }
    }

    private void fields(GraphQLFieldsContainer old, GraphQLFieldsContainer now) {
        String type = old.getName();
        for (GraphQLFieldDefinition field : old.getFieldDefinitions()) {
            String coordinate = type + "." + field.getName();
            GraphQLFieldDefinition changed = now.getFieldDefinition(field.getName());
            if (changed == null) {
                add(BREAKING, "FIELD_REMOVED", coordinate, coordinate, "field " + coordinate + " was removed");
                continue;
            }
            String before = GraphQLTypeUtil.simplePrint(field.getType());
            String after = GraphQLTypeUtil.simplePrint(changed.getType());
            if (!before.equals(after)) {
                if (outputSafe(field.getType(), changed.getType())) {
                    add(SAFE, "FIELD_TYPE_NARROWED", coordinate, coordinate, "field " + coordinate + " changed type from "
                            + before + " to " + after + " (never null now)");
                } else if (GraphQLTypeUtil.simplePrint(unwrapNonNull(field.getType())).equals(after)) {
                    add(BREAKING, "FIELD_MADE_NULLABLE", coordinate, coordinate, "field " + coordinate + " changed type from "
                            + before + " to " + after + ": clients may now get null");
                } else {
                    add(BREAKING, "FIELD_TYPE_CHANGED", coordinate, coordinate, "field " + coordinate + " changed type from "
                            + before + " to " + after);
                }
            }
            arguments(coordinate, field, changed);
            if (!field.isDeprecated() && changed.isDeprecated()) {
                add(SAFE, "FIELD_DEPRECATED", coordinate, coordinate, "field " + coordinate + " was deprecated");
            }
        }
        for (GraphQLFieldDefinition field : now.getFieldDefinitions()) {
            if (old.getFieldDefinition(field.getName()) == null) {
                String coordinate = type + "." + field.getName();
                add(SAFE, "FIELD_ADDED", coordinate, coordinate, "field " + coordinate + " was added");
            }
        }
        if (old instanceof GraphQLImplementingType o && now instanceof GraphQLImplementingType n) {
            for (GraphQLNamedType iface : o.getInterfaces()) {
                if (n.getInterfaces().stream().noneMatch(i -> i.getName().equals(iface.getName()))) {
                    add(BREAKING, "INTERFACE_REMOVED", type, type, type + " no longer implements " + iface.getName());
                }
            }
            for (GraphQLNamedType iface : n.getInterfaces()) {
                if (o.getInterfaces().stream().noneMatch(i -> i.getName().equals(iface.getName()))) {
                    add(SAFE, "INTERFACE_ADDED", type, type, type + " now implements " + iface.getName());
                }
            }
        }
    }

    private void arguments(String field, GraphQLFieldDefinition old, GraphQLFieldDefinition now) {
        for (GraphQLArgument argument : old.getArguments()) {
            String coordinate = field + "(" + argument.getName() + ":)";
            GraphQLArgument changed = now.getArgument(argument.getName());
            if (changed == null) {
                add(BREAKING, "ARGUMENT_REMOVED", coordinate, field, "argument " + coordinate + " was removed");
                continue;
            }
            inputTypeChange(coordinate, field, "argument", argument.getType(), changed.getType());
            if (!Objects.equals(defaultOf(argument), defaultOf(changed))) {
                add(DANGEROUS, "ARGUMENT_DEFAULT_CHANGED", coordinate, field, "argument " + coordinate
                        + " changed its default from " + defaultOf(argument) + " to " + defaultOf(changed));
            }
        }
        for (GraphQLArgument argument : now.getArguments()) {
            if (old.getArgument(argument.getName()) == null) {
                String coordinate = field + "(" + argument.getName() + ":)";
                boolean required = GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue();
                add(required ? BREAKING : SAFE, required ? "REQUIRED_ARGUMENT_ADDED" : "OPTIONAL_ARGUMENT_ADDED",
                        coordinate, field, (required ? "required" : "optional") + " argument " + coordinate + " was added");
            }
        }
    }

    private void inputFields(GraphQLInputObjectType old, GraphQLInputObjectType now) {
        String type = old.getName();
        for (GraphQLInputObjectField field : old.getFieldDefinitions()) {
            String coordinate = type + "." + field.getName();
            GraphQLInputObjectField changed = now.getFieldDefinition(field.getName());
            if (changed == null) {
                add(BREAKING, "INPUT_FIELD_REMOVED", coordinate, type, "input field " + coordinate + " was removed");
                continue;
            }
            inputTypeChange(coordinate, type, "input field", field.getType(), changed.getType());
        }
        for (GraphQLInputObjectField field : now.getFieldDefinitions()) {
            if (old.getFieldDefinition(field.getName()) == null) {
                String coordinate = type + "." + field.getName();
                boolean required = GraphQLTypeUtil.isNonNull(field.getType()) && !field.hasSetDefaultValue();
                add(required ? BREAKING : SAFE, required ? "REQUIRED_INPUT_FIELD_ADDED" : "OPTIONAL_INPUT_FIELD_ADDED",
                        coordinate, type, (required ? "required" : "optional") + " input field " + coordinate + " was added");
            }
        }
    }

    private void inputTypeChange(String coordinate, String usedBy, String what, GraphQLType before, GraphQLType after) {
        String b = GraphQLTypeUtil.simplePrint(before);
        String a = GraphQLTypeUtil.simplePrint(after);
        if (b.equals(a)) {
            return;
        }
        if (GraphQLTypeUtil.isNonNull(before) && GraphQLTypeUtil.simplePrint(unwrapNonNull(before)).equals(a)) {
            add(SAFE, "INPUT_MADE_OPTIONAL", coordinate, usedBy, what + " " + coordinate + " changed type from "
                    + b + " to " + a + " (null accepted now)");
        } else if (GraphQLTypeUtil.isNonNull(after) && GraphQLTypeUtil.simplePrint(unwrapNonNull(after)).equals(b)) {
            add(BREAKING, "INPUT_MADE_REQUIRED", coordinate, usedBy, what + " " + coordinate + " changed type from "
                    + b + " to " + a + ": clients sending null or nothing now fail");
        } else {
            add(BREAKING, what.equals("argument") ? "ARGUMENT_TYPE_CHANGED" : "INPUT_FIELD_TYPE_CHANGED",
                    coordinate, usedBy, what + " " + coordinate + " changed type from " + b + " to " + a);
        }
    }

    private void enumValues(GraphQLEnumType old, GraphQLEnumType now) {
        for (GraphQLEnumValueDefinition value : old.getValues()) {
            String coordinate = old.getName() + "." + value.getName();
            if (now.getValue(value.getName()) == null) {
                add(BREAKING, "ENUM_VALUE_REMOVED", coordinate, old.getName(), "enum value " + coordinate + " was removed");
            } else if (!value.isDeprecated() && now.getValue(value.getName()).isDeprecated()) {
                add(SAFE, "ENUM_VALUE_DEPRECATED", coordinate, old.getName(), "enum value " + coordinate + " was deprecated");
            }
        }
        for (GraphQLEnumValueDefinition value : now.getValues()) {
            if (old.getValue(value.getName()) == null) {
                String coordinate = old.getName() + "." + value.getName();
                add(DANGEROUS, "ENUM_VALUE_ADDED", coordinate, old.getName(), "enum value " + coordinate
                        + " was added: clients switching over " + old.getName() + " may not handle it");
            }
        }
    }

    private void members(GraphQLUnionType old, GraphQLUnionType now) {
        for (GraphQLNamedType member : old.getTypes()) {
            if (now.getTypes().stream().noneMatch(t -> t.getName().equals(member.getName()))) {
                add(BREAKING, "UNION_MEMBER_REMOVED", old.getName(), old.getName(), member.getName()
                        + " was removed from union " + old.getName());
            }
        }
        for (GraphQLNamedType member : now.getTypes()) {
            if (old.getTypes().stream().noneMatch(t -> t.getName().equals(member.getName()))) {
                add(DANGEROUS, "UNION_MEMBER_ADDED", old.getName(), old.getName(), member.getName()
                        + " was added to union " + old.getName() + ": clients may not handle it");
            }
        }
    }

    /** True when every value of the new output type is a value of the old one (only non-null added). */
    private static boolean outputSafe(GraphQLType before, GraphQLType after) {
        if (after instanceof GraphQLNonNull a) {
            return before instanceof GraphQLNonNull b ? outputSafe(b.getWrappedType(), a.getWrappedType())
                    : outputSafe(before, a.getWrappedType());
        }
        if (before instanceof GraphQLNonNull) {
            return false;
        }
        if (before instanceof GraphQLList b && after instanceof GraphQLList a) {
            return outputSafe(b.getWrappedType(), a.getWrappedType());
        }
        return before instanceof GraphQLNamedType b && after instanceof GraphQLNamedType a && b.getName().equals(a.getName());
    }

    /** Introspection types and the built-in scalars, which come and go with their use. */
    private static boolean builtIn(GraphQLNamedType type) {
        return type.getName().startsWith("__") || graphql.schema.idl.ScalarInfo.isGraphqlSpecifiedScalar(type.getName());
    }

    private static GraphQLType unwrapNonNull(GraphQLType type) {
        return type instanceof GraphQLNonNull n ? n.getWrappedType() : type;
    }

    private static String defaultOf(GraphQLArgument argument) {
        if (!argument.hasSetDefaultValue()) {
            return null;
        }
        Object value = argument.getArgumentDefaultValue().getValue();
        return value instanceof graphql.language.Value<?> literal ? graphql.language.AstPrinter.printAst(literal) : String.valueOf(value);
    }

    private static String kind(GraphQLNamedType type) {
        return type.getClass().getSimpleName().replace("GraphQL", "").replace("Type", "").toLowerCase();
    }

    private void add(Severity severity, String kind, String coordinate, String usedBy, String message) {
        changes.add(new SchemaChange(severity, kind, coordinate, usedBy, message));
    }
}
