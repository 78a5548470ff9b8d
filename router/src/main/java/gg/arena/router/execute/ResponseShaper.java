package gg.arena.router.execute;

import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the client's response from the merged data by walking the client's operation: aliases and field order as
 * asked, {@code __typename} from the concrete type, fields only the planner needed left out, and GraphQL null
 * propagation (a null in a non-null position nulls the nearest nullable parent, with an error at its path).
 */
public final class ResponseShaper {
    /** Marks a value that became null through null propagation (its error is already recorded). */
    private static final JsonNode PROPAGATED = tools.jackson.databind.node.MissingNode.getInstance();

    private final GraphQLSchema api;
    private final com.github.benmanes.caffeine.cache.Cache<ShapeKey, List<FieldShape>> shapes =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).build();

    /** Selection sets (compared by identity: AST nodes of cached documents) and a concrete type. */
    private record ShapeKey(List<SelectionSet> sets, String type) {
    }

    /** One response key to write: its field, definition and merged sub-selections. */
    private record FieldShape(String key, String name, GraphQLFieldDefinition def, List<SelectionSet> subSets) {
    }

    public ResponseShaper(GraphQLSchema api) {
        this.api = api;
    }

    /** Shaped {@code data} (null when null propagated to the root); errors it adds go to {@code errors}. */
    public JsonNode shape(OperationDefinition op, Map<String, FragmentDefinition> fragments, ObjectNode data,
                          ObjectNode variables, List<ObjectNode> errors, JsonNode introspection) {
        Run run = new Run(fragments, variables, errors, introspection);
        GraphQLObjectType root = switch (op.getOperation()) {
            case QUERY -> api.getQueryType();
            case MUTATION -> api.getMutationType();
            case SUBSCRIPTION -> api.getSubscriptionType();
        };
        ObjectNode out = run.object(data, root, List.of(op.getSelectionSet()), new ArrayList<>(), true);
        return out == null ? Json.F.nullNode() : out;
    }

    private final class Run {
        private final Map<String, FragmentDefinition> fragments;
        private final ObjectNode variables;
        private final List<ObjectNode> errors;
        private final JsonNode introspection;
        private Set<String> errorPaths;
        private boolean sawCondition;

        Run(Map<String, FragmentDefinition> fragments, ObjectNode variables, List<ObjectNode> errors,
            JsonNode introspection) {
            this.fragments = fragments;
            this.variables = variables;
            this.errors = errors;
            this.introspection = introspection;
        }

        ObjectNode object(ObjectNode data, GraphQLObjectType type, List<SelectionSet> sets, List<Object> path,
                          boolean root) {
            List<FieldShape> shape = shapeOf(sets, type);
            ObjectNode out = Json.F.objectNode();
            for (FieldShape fs : shape) {
                String key = fs.key();
                String name = fs.name();
                if (name.equals("__typename")) {
                    out.put(key, type.getName());
                    continue;
                }
                if (root && (name.equals("__schema") || name.equals("__type"))) {
                    JsonNode v = introspection == null ? null : introspection.get(key);
                    out.set(key, v == null ? Json.F.nullNode() : v);
                    continue;
                }
                if (fs.def() == null) {
                    continue;
                }
                path.add(key);
                JsonNode value = data == null ? null : data.get(key);
                JsonNode completed = complete(value, fs.def().getType(), fs, path, type);
                path.removeLast();
                if (completed == null) {
                    return null;
                }
                out.set(key, completed.isMissingNode() ? Json.F.nullNode() : completed);
            }
            return out;
        }

        /** The fields to write for {@code type} under these selection sets; cached when no @skip/@include applies. */
        private List<FieldShape> shapeOf(List<SelectionSet> sets, GraphQLObjectType type) {
            ShapeKey key = new ShapeKey(sets, type.getName());
            List<FieldShape> cached = shapes.getIfPresent(key);
            if (cached != null) {
                return cached;
            }
            sawCondition = false;
            Map<String, List<Field>> fields = new LinkedHashMap<>();
            for (SelectionSet ss : sets) {
                collect(ss, type, fields, new HashSet<>());
            }
            List<FieldShape> shape = new ArrayList<>(fields.size());
            for (Map.Entry<String, List<Field>> e : fields.entrySet()) {
                Field f = e.getValue().getFirst();
                List<SelectionSet> sub = new ArrayList<>(e.getValue().size());
                for (Field x : e.getValue()) {
                    if (x.getSelectionSet() != null) {
                        sub.add(x.getSelectionSet());
                    }
                }
                shape.add(new FieldShape(e.getKey(), f.getName(), type.getFieldDefinition(f.getName()),
                        List.copyOf(sub)));
            }
            List<FieldShape> out = List.copyOf(shape);
            if (!sawCondition) {
                shapes.put(key, out);
            }
            return out;
        }

        /**
         * The completed value; {@link #PROPAGATED} when it is null because a non-null violation below was already
         * reported; Java null when a null must propagate to the parent.
         */
        private JsonNode complete(JsonNode value, GraphQLOutputType type, FieldShape fs, List<Object> path,
                                  GraphQLObjectType parent) {
            if (type instanceof GraphQLNonNull nn) {
                JsonNode r = complete(value, (GraphQLOutputType) nn.getWrappedType(), fs, path, parent);
                if (r.isMissingNode()) {
                    return null;
                }
                if (r.isNull()) {
                    nonNullError(path, parent, fs.name());
                    return null;
                }
                return r;
            }
            if (value == null || value.isNull()) {
                return Json.F.nullNode();
            }
            if (type instanceof GraphQLList list) {
                if (!value.isArray()) {
                    return Json.F.nullNode();
                }
                ArrayNode out = Json.F.arrayNode(value.size());
                GraphQLOutputType item = (GraphQLOutputType) list.getWrappedType();
                for (int i = 0; i < value.size(); i++) {
                    path.add(i);
                    JsonNode r = complete(value.get(i), item, fs, path, parent);
                    path.removeLast();
                    if (r == null) {
                        return PROPAGATED;
                    }
                    out.add(r.isMissingNode() ? Json.F.nullNode() : r);
                }
                return out;
            }
            if (type instanceof GraphQLEnumType en) {
                if (value.isString() && en.getValue(value.asString()) == null) {
                    error("Invalid value '" + value.asString() + "' for enum " + en.getName(), path);
                    return Json.F.nullNode();
                }
                return value;
            }
            if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType
                    || type instanceof GraphQLUnionType) {
                if (!(value instanceof ObjectNode obj)) {
                    return Json.F.nullNode();
                }
                GraphQLObjectType concrete = concrete(obj, (GraphQLNamedType) type);
                if (concrete == null) {
                    return Json.F.nullNode();
                }
                ObjectNode r = object(obj, concrete, fs.subSets(), path, false);
                return r == null ? PROPAGATED : r;
            }
            return value;
        }

        private GraphQLObjectType concrete(ObjectNode obj, GraphQLNamedType type) {
            if (type instanceof GraphQLObjectType o) {
                return o;
            }
            JsonNode tn = obj.get("__typename");
            if (tn == null || !(api.getType(tn.asString()) instanceof GraphQLObjectType o)) {
                return null;
            }
            return o;
        }

        private void collect(SelectionSet ss, GraphQLObjectType type, Map<String, List<Field>> out,
                             Set<String> visited) {
            for (Selection<?> s : ss.getSelections()) {
                switch (s) {
                    case Field f -> {
                        if (included(f.getDirectives())) {
                            out.computeIfAbsent(f.getResultKey(), k -> new ArrayList<>(1)).add(f);
                        }
                    }
                    case InlineFragment fr -> {
                        if (included(fr.getDirectives()) && applies(fr.getTypeCondition() == null ? null
                                : fr.getTypeCondition().getName(), type)) {
                            collect(fr.getSelectionSet(), type, out, visited);
                        }
                    }
                    case FragmentSpread sp -> {
                        FragmentDefinition fd = fragments.get(sp.getName());
                        if (fd != null && included(sp.getDirectives()) && visited.add(sp.getName())
                                && applies(fd.getTypeCondition().getName(), type)) {
                            collect(fd.getSelectionSet(), type, out, visited);
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private boolean applies(String typeCondition, GraphQLObjectType type) {
            if (typeCondition == null || typeCondition.equals(type.getName())) {
                return true;
            }
            GraphQLType tc = api.getType(typeCondition);
            if (tc instanceof GraphQLInterfaceType i) {
                return type.getInterfaces().stream().anyMatch(x -> x.getName().equals(i.getName()));
            }
            if (tc instanceof GraphQLUnionType u) {
                return u.getTypes().stream().anyMatch(x -> x.getName().equals(type.getName()));
            }
            return false;
        }

        private boolean included(List<Directive> directives) {
            if (directives.isEmpty()) {
                return true;
            }
            for (Directive d : directives) {
                boolean skip = d.getName().equals("skip");
                if (!skip && !d.getName().equals("include")) {
                    continue;
                }
                sawCondition = true;
                var arg = d.getArgument("if");
                if (arg == null) {
                    continue;
                }
                boolean v = arg.getValue() instanceof VariableReference ref
                        ? ExecutionState.truthy(variables.get(ref.getName()))
                        : Json.literal(arg.getValue(), variables).asBoolean();
                if (skip == v) {
                    return false;
                }
            }
            return true;
        }

        private void nonNullError(List<Object> path, GraphQLObjectType parent, String fieldName) {
            if (errorPaths == null) {
                errorPaths = new HashSet<>();
                for (ObjectNode e : errors) {
                    JsonNode p = e.get("path");
                    if (p != null && p.isArray()) {
                        StringBuilder sb = new StringBuilder();
                        for (JsonNode step : p) {
                            sb.append('/').append(step.isNumber() ? step.asString() : step.asString());
                            errorPaths.add(sb.toString());
                        }
                    }
                }
            }
            String key = pathKey(path);
            if (errorPaths.contains(key)) {
                return;
            }
            error("Cannot return null for non-nullable field " + parent.getName() + "." + fieldName + ".", path);
        }

        private String pathKey(List<Object> path) {
            StringBuilder sb = new StringBuilder();
            for (Object o : path) {
                sb.append('/').append(o);
            }
            return sb.toString();
        }

        private void error(String message, List<Object> path) {
            ObjectNode e = Json.F.objectNode();
            e.put("message", message);
            ArrayNode p = e.putArray("path");
            for (Object o : path) {
                if (o instanceof Integer i) {
                    p.add(i);
                } else {
                    p.add((String) o);
                }
            }
            errors.add(e);
            if (errorPaths != null) {
                errorPaths.add(pathKey(path));
            }
        }
    }

}
