package gg.arena.router.execute;

import gg.arena.router.plan.PlanNode;
import gg.arena.router.plan.Projection;
import gg.arena.router.plan.QueryPlan;
import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.subgraph.SubgraphClient;
import gg.arena.router.subgraph.SubgraphException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a query plan: Sequence in order, Parallel at once, Condition by variable, Fetch against a subgraph and
 * Flatten as one deduplicated {@code _entities} request for every object at its path. Results merge into the
 * request's {@link ExecutionState}; subgraph errors are kept with their paths rewritten to client paths, and a
 * failed fetch becomes an error while the rest of the plan goes on.
 */
public final class PlanExecutor {
    private final SubgraphClient client;
    private final JsonMapper mapper;

    public PlanExecutor(SubgraphClient client, JsonMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    public Mono<ExecutionState> execute(QueryPlan plan, ExecutionState state, RequestHeaders headers) {
        if (plan.node() == null) {
            return Mono.just(state);
        }
        return run(plan.node(), state, headers).thenReturn(state);
    }

    private Mono<Void> run(PlanNode node, ExecutionState st, RequestHeaders headers) {
        return switch (node) {
            case PlanNode.Fetch f -> rootFetch(f, st, headers);
            case PlanNode.Flatten fl -> entityFetch((PlanNode.Fetch) fl.node(), List.of(fl.path()), st, headers);
            case PlanNode.Sequence s -> Flux.fromIterable(s.nodes()).concatMap(n -> run(n, st, headers)).then();
            case PlanNode.Parallel p -> parallel(p, st, headers);
            case PlanNode.Condition c -> {
                PlanNode next = ExecutionState.truthy(st.variables.get(c.variable())) ? c.ifClause() : c.elseClause();
                yield next == null ? Mono.empty() : run(next, st, headers);
            }
        };
    }

    /**
     * Runs the nodes of a Parallel at once; entity fetches in it that send the same operation to the same subgraph
     * (at different paths) become one request, so a subgraph sees one {@code _entities} call per plan step.
     */
    private Mono<Void> parallel(PlanNode.Parallel p, ExecutionState st, RequestHeaders headers) {
        List<Mono<Void>> runs = new ArrayList<>();
        Map<PlanNode.Fetch, List<List<String>>> entityFetches = new LinkedHashMap<>();
        for (PlanNode n : p.nodes()) {
            if (n instanceof PlanNode.Flatten fl && fl.node() instanceof PlanNode.Fetch f) {
                entityFetches.computeIfAbsent(f, k -> new ArrayList<>()).add(fl.path());
            } else {
                runs.add(run(n, st, headers));
            }
        }
        entityFetches.forEach((f, paths) -> runs.add(entityFetch(f, paths, st, headers)));
        return Mono.when(runs);
    }

    private ObjectNode request(PlanNode.Fetch f, ExecutionState st) {
        ObjectNode body = Json.F.objectNode();
        body.put("query", f.operation());
        ObjectNode vars = body.putObject("variables");
        for (String v : f.variableUsages()) {
            if (st.variables.has(v)) {
                vars.set(v, st.variables.get(v));
            }
        }
        return body;
    }

    private Mono<Void> rootFetch(PlanNode.Fetch f, ExecutionState st, RequestHeaders headers) {
        ObjectNode body = request(f, st);
        return client.execute(f.serviceName(), mapper.writeValueAsBytes(body), headers)
                .doOnNext(resp -> {
                    synchronized (st) {
                        Json.merge(st.data, resp.get("data"));
                        JsonNode errors = resp.get("errors");
                        if (errors != null && errors.isArray()) {
                            for (JsonNode e : errors) {
                                st.errors.add(subgraphError(e, f.serviceName(), null));
                            }
                        }
                    }
                })
                .onErrorResume(SubgraphException.class, e -> {
                    st.addError(fetchFailed(f.serviceName(), e, null));
                    return Mono.empty();
                })
                .then();
    }

    /** One representation and the objects (with their response paths) it stands for. */
    private record Targets(List<ObjectNode> objects, List<List<Object>> paths) {
    }

    private Mono<Void> entityFetch(PlanNode.Fetch f, List<List<String>> paths, ExecutionState st,
                                   RequestHeaders headers) {
        ArrayNode representations = Json.F.arrayNode();
        List<Targets> targets = new ArrayList<>();
        synchronized (st) {
            Map<JsonNode, Integer> index = new java.util.HashMap<>();
            for (List<String> path : paths) {
                collect(st.data, path, 0, new ArrayList<>(), (obj, objPath) -> {
                    JsonNode tn = obj.get("__typename");
                    if (tn != null && !f.entityType().equals(tn.asString())) {
                        return;
                    }
                    ObjectNode rep = project(obj, f.requires(), f.typeCondition());
                    if (rep == null) {
                        return;
                    }
                    Integer i = index.get(rep);
                    if (i == null) {
                        i = representations.size();
                        index.put(rep, i);
                        representations.add(rep);
                        targets.add(new Targets(new ArrayList<>(), new ArrayList<>()));
                    }
                    targets.get(i).objects().add(obj);
                    targets.get(i).paths().add(List.copyOf(objPath));
                });
            }
        }
        if (representations.isEmpty()) {
            return Mono.empty();
        }
        ObjectNode body = request(f, st);
        ((ObjectNode) body.get("variables")).set("representations", representations);
        return client.execute(f.serviceName(), mapper.writeValueAsBytes(body), headers)
                .doOnNext(resp -> {
                    synchronized (st) {
                        JsonNode data = resp.get("data");
                        JsonNode entities = data == null ? null : data.get("_entities");
                        if (entities != null && entities.isArray()) {
                            for (int i = 0; i < entities.size() && i < targets.size(); i++) {
                                JsonNode entity = entities.get(i);
                                if (entity != null && entity.isObject()) {
                                    for (ObjectNode target : targets.get(i).objects()) {
                                        Json.merge(target, entity);
                                    }
                                }
                            }
                        }
                        JsonNode errors = resp.get("errors");
                        if (errors != null && errors.isArray()) {
                            for (JsonNode e : errors) {
                                st.errors.add(subgraphError(e, f.serviceName(), targets));
                            }
                        }
                    }
                })
                .onErrorResume(SubgraphException.class, e -> {
                    st.addError(fetchFailed(f.serviceName(), e, null));
                    return Mono.empty();
                })
                .then();
    }

    private interface Visitor {
        void visit(ObjectNode obj, List<Object> path);
    }

    private static void collect(JsonNode node, List<String> path, int at, List<Object> current, Visitor v) {
        if (node == null || node.isNull()) {
            return;
        }
        if (at == path.size()) {
            if (node instanceof ObjectNode o) {
                v.visit(o, current);
            } else if (node.isArray()) {
                // A list at the end of the path (nested lists): every object element is a target.
                for (int i = 0; i < node.size(); i++) {
                    current.add(i);
                    collect(node.get(i), path, at, current, v);
                    current.removeLast();
                }
            }
            return;
        }
        String step = path.get(at);
        if (step.equals("@")) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    current.add(i);
                    collect(node.get(i), path, at + 1, current, v);
                    current.removeLast();
                }
            }
            return;
        }
        if (node.isObject()) {
            current.add(step);
            collect(node.get(step), path, at + 1, current, v);
            current.removeLast();
        }
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
            JsonNode v = obj.get(e.name());
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
            }
        }
        return true;
    }

    private static ObjectNode subgraphError(JsonNode e, String service, List<Targets> targets) {
        ObjectNode out = Json.F.objectNode();
        JsonNode message = e.get("message");
        out.put("message", message == null ? "Subgraph error" : message.asString());
        JsonNode path = e.get("path");
        if (path != null && path.isArray()) {
            ArrayNode rewritten = Json.F.arrayNode();
            if (targets != null) {
                if (path.size() >= 2 && "_entities".equals(path.get(0).asString()) && path.get(1).isNumber()
                        && path.get(1).asInt() < targets.size()) {
                    for (Object step : targets.get(path.get(1).asInt()).paths().getFirst()) {
                        if (step instanceof Integer i) {
                            rewritten.add(i);
                        } else {
                            rewritten.add((String) step);
                        }
                    }
                    for (int i = 2; i < path.size(); i++) {
                        rewritten.add(path.get(i));
                    }
                    out.set("path", rewritten);
                }
            } else {
                out.set("path", path);
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

    private static ObjectNode fetchFailed(String service, SubgraphException e, List<String> path) {
        ObjectNode out = Json.F.objectNode();
        out.put("message", "Request to subgraph '" + service + "' failed: " + e.getMessage());
        ObjectNode ext = out.putObject("extensions");
        ext.put("code", "SUBREQUEST_HTTP_ERROR");
        ext.put("serviceName", service);
        return out;
    }
}
