package gg.arena.router.plan;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Query plans as JSON, in the shape Apollo's tools print them (kind, serviceName, operation, ...). */
public final class PlanJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PlanJson() {
    }

    public static ObjectNode toJson(QueryPlan plan) {
        ObjectNode o = F.objectNode();
        o.put("kind", "QueryPlan");
        if (plan.node() != null) {
            o.set("node", toJson(plan.node()));
        }
        return o;
    }

    public static String pretty(QueryPlan plan) {
        return PRETTY.writeValueAsString(toJson(plan));
    }

    public static JsonNode toJson(PlanNode node) {
        ObjectNode o = F.objectNode();
        switch (node) {
            case PlanNode.Fetch f -> {
                o.put("kind", "Fetch");
                o.put("serviceName", f.serviceName());
                if (f.requires() != null) {
                    o.put("requires", "... on " + f.typeCondition() + " " + f.requires().print());
                    if (!f.typeCondition().equals(f.entityType())) {
                        o.put("entityType", f.entityType());
                    }
                }
                ArrayNode vars = o.putArray("variableUsages");
                f.variableUsages().forEach(vars::add);
                o.put("operation", f.operation());
                o.put("operationKind", f.operationKind());
            }
            case PlanNode.Flatten fl -> {
                o.put("kind", "Flatten");
                ArrayNode path = o.putArray("path");
                fl.path().forEach(path::add);
                o.set("node", toJson(fl.node()));
            }
            case PlanNode.Sequence s -> {
                o.put("kind", "Sequence");
                ArrayNode nodes = o.putArray("nodes");
                s.nodes().forEach(n -> nodes.add(toJson(n)));
            }
            case PlanNode.Parallel p -> {
                o.put("kind", "Parallel");
                ArrayNode nodes = o.putArray("nodes");
                p.nodes().forEach(n -> nodes.add(toJson(n)));
            }
            case PlanNode.Subscription s -> {
                o.put("kind", "Subscription");
                o.set("primary", toJson(s.primary()));
                if (s.rest() != null) {
                    o.set("rest", toJson(s.rest()));
                }
            }
            case PlanNode.Condition c -> {
                o.put("kind", "Condition");
                o.put("condition", c.variable());
                if (c.ifClause() != null) {
                    o.set("ifClause", toJson(c.ifClause()));
                }
                if (c.elseClause() != null) {
                    o.set("elseClause", toJson(c.elseClause()));
                }
            }
        }
        return o;
    }
}
