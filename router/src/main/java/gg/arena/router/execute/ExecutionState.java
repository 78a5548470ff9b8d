package gg.arena.router.execute;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What the plan executor collects for one request: the merged data of every fetch and the errors (with client
 * paths). Guarded by its own monitor: fetches complete on several event-loop threads.
 */
public final class ExecutionState {
    final ObjectNode data = JsonNodeFactory.instance.objectNode();
    final List<ObjectNode> errors = new ArrayList<>();
    final ObjectNode variables;

    public ExecutionState(ObjectNode variables) {
        this.variables = variables;
    }

    public synchronized ObjectNode data() {
        return data;
    }

    public synchronized List<ObjectNode> errors() {
        return List.copyOf(errors);
    }

    public ObjectNode variables() {
        return variables;
    }

    synchronized void addError(ObjectNode error) {
        errors.add(error);
    }

    static boolean truthy(JsonNode v) {
        return v != null && v.isBoolean() && v.booleanValue();
    }
}
