package gg.arena.router.execute;

import gg.arena.router.plan.Projection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Entity representations cut out of fetched data: {@code __typename}, key fields and required fields. */
final class Representations {
    private Representations() {
    }

    /** Cuts a representation out of {@code obj}; null when a field is missing (an incomplete representation). */
    static ObjectNode project(JsonNode obj, Projection projection, String typename) {
        ObjectNode out = Json.F.objectNode();
        if (!fill(out, obj, projection)) {
            return null;
        }
        if (typename != null) {
            out.put("__typename", typename);
        }
        return out;
    }

    private static boolean fill(ObjectNode out, JsonNode obj, Projection projection) {
        for (Projection.Entry e : projection.entries()) {
            if (e.name() == null) {
                JsonNode tn = obj.get("__typename");
                if (tn != null && tn.asString().equals(e.typeCondition()) && !fill(out, obj, e.sub())) {
                    return false;
                }
                continue;
            }
            JsonNode v = obj.get(e.dataKey() != null ? e.dataKey() : e.name());
            if (v == null) {
                return false;
            }
            if (e.sub() == null || v.isNull()) {
                out.set(e.name(), v);
            } else if (v.isArray()) {
                ArrayNode arr = out.putArray(e.name());
                for (JsonNode item : v) {
                    if (item.isObject()) {
                        ObjectNode o = Json.F.objectNode();
                        if (!fill(o, item, e.sub())) {
                            return false;
                        }
                        typenameForFragments(o, item, e.sub());
                        arr.add(o);
                    } else {
                        arr.add(item);
                    }
                }
            } else {
                ObjectNode o = out.putObject(e.name());
                if (!fill(o, v, e.sub())) {
                    return false;
                }
                typenameForFragments(o, v, e.sub());
            }
        }
        return true;
    }

    /** A nested object selected through type conditions keeps its {@code __typename}: the subgraph needs it. */
    private static void typenameForFragments(ObjectNode out, JsonNode obj, Projection sub) {
        if (!out.has("__typename") && obj.has("__typename")
                && sub.entries().stream().anyMatch(x -> x.typeCondition() != null)) {
            out.set("__typename", obj.get("__typename"));
        }
    }

}
