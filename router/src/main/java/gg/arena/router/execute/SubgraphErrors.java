package gg.arena.router.execute;

import gg.arena.router.subgraph.SubgraphException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** Errors for the client: subgraph errors with client paths, and failed subgraph requests. */
final class SubgraphErrors {
    private SubgraphErrors() {
    }

    /**
     * A subgraph error with its path rewritten to the client's: for entity fetches {@code targets} maps the
     * {@code _entities} response key to the objects of each representation.
     */
    static ObjectNode subgraphError(JsonNode e, String service, Map<String, List<List<Object>>> targets) {
        ObjectNode out = Json.F.objectNode();
        JsonNode message = e.get("message");
        out.put("message", message == null ? "Subgraph error" : message.asString());
        JsonNode path = e.get("path");
        if (path != null && path.isArray()) {
            if (targets == null) {
                out.set("path", path);
            } else if (path.size() >= 2 && path.get(1).isNumber()) {
                List<List<Object>> t = targets.get(path.get(0).asString());
                int i = path.get(1).asInt();
                if (t != null && i < t.size()) {
                    ArrayNode rewritten = Json.F.arrayNode();
                    for (Object step : t.get(i)) {
                        if (step instanceof Integer n) {
                            rewritten.add(n);
                        } else {
                            rewritten.add((String) step);
                        }
                    }
                    for (int k = 2; k < path.size(); k++) {
                        rewritten.add(path.get(k));
                    }
                    out.set("path", rewritten);
                }
            }
        }
        ObjectNode ext = Json.F.objectNode();
        JsonNode extensions = e.get("extensions");
        if (extensions != null && extensions.isObject()) {
            ext.setAll((ObjectNode) extensions);
        }
        ext.put("serviceName", service);
        out.set("extensions", ext);
        return out;
    }

    static ObjectNode fetchFailed(String service, SubgraphException e) {
        ObjectNode out = Json.F.objectNode();
        out.put("message", "Request to subgraph '" + service + "' failed: " + e.getMessage());
        ObjectNode ext = out.putObject("extensions");
        ext.put("code", "SUBREQUEST_HTTP_ERROR");
        ext.put("serviceName", service);
        return out;
    }
}
