package gg.arena.router.execute;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/** JSON tree helpers: deep merge of fetched data, and GraphQL literals as JSON. */
public final class Json {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode objectNode() {
        return F.objectNode();
    }

    /** Merges {@code src} into {@code target}: objects field by field, lists of equal length element by element. */
    public static void merge(ObjectNode target, JsonNode src) {
        if (src == null || !src.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : src.properties()) {
            JsonNode existing = target.get(e.getKey());
            JsonNode v = e.getValue();
            if (existing != null && e.getKey().equals("__typename")) {
                // The first fetch knows the concrete type; an @interfaceObject subgraph answers with the interface.
                continue;
            }
            if (existing instanceof ObjectNode eo && v.isObject()) {
                merge(eo, v);
            } else if (existing instanceof ArrayNode ea && v.isArray() && ea.size() == v.size()) {
                mergeArrays(ea, (ArrayNode) v);
            } else {
                target.set(e.getKey(), v);
            }
        }
    }

    private static void mergeArrays(ArrayNode target, ArrayNode src) {
        for (int i = 0; i < src.size(); i++) {
            JsonNode t = target.get(i);
            JsonNode s = src.get(i);
            if (t instanceof ObjectNode to && s.isObject()) {
                merge(to, s);
            } else if (t instanceof ArrayNode ta && s.isArray() && ta.size() == s.size()) {
                mergeArrays(ta, (ArrayNode) s);
            } else {
                target.set(i, s);
            }
        }
    }

    /** A GraphQL literal as JSON; variables are looked up in {@code variables}. */
    public static JsonNode literal(Value<?> v, ObjectNode variables) {
        return switch (v) {
            case NullValue n -> F.nullNode();
            case BooleanValue b -> F.booleanNode(b.isValue());
            case IntValue i -> F.numberNode(i.getValue());
            case FloatValue f -> F.numberNode(f.getValue());
            case StringValue s -> F.textNode(s.getValue());
            case EnumValue e -> F.textNode(e.getName());
            case VariableReference r -> variables == null || !variables.has(r.getName()) ? F.nullNode()
                    : variables.get(r.getName());
            case ArrayValue a -> {
                ArrayNode arr = F.arrayNode();
                a.getValues().forEach(x -> arr.add(literal(x, variables)));
                yield arr;
            }
            case ObjectValue o -> {
                ObjectNode obj = F.objectNode();
                for (ObjectField f : o.getObjectFields()) {
                    obj.set(f.getName(), literal(f.getValue(), variables));
                }
                yield obj;
            }
            default -> F.nullNode();
        };
    }
}
