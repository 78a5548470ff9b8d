package gg.arena.router.execute;

import gg.arena.router.instrument.RouterInstrumentation;
import gg.arena.router.plan.PlanNode;
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

    private final RouterInstrumentation instrumentation;

    public PlanExecutor(SubgraphClient client, JsonMapper mapper, RouterInstrumentation instrumentation) {
        this.client = client;
        this.mapper = mapper;
        this.instrumentation = instrumentation;
    }

    /** A subgraph request, as an instrumented FETCH phase. */
    private Mono<JsonNode> call(String service, ObjectNode body, RequestHeaders headers, boolean read) {
        byte[] bytes = mapper.writeValueAsBytes(body);
        return Mono.defer(() -> {
            RouterInstrumentation.End end = instrumentation.begin(RouterInstrumentation.Phase.FETCH, service);
            Mono<JsonNode> call = read ? client.read(service, bytes, headers) : client.execute(service, bytes, headers);
            return call.doOnNext(r -> end.end(null)).doOnError(end::end);
        });
    }

    public Mono<ExecutionState> execute(QueryPlan plan, ExecutionState state, RequestHeaders headers) {
        if (plan.node() == null) {
            return Mono.just(state);
        }
        return run(plan.node(), state, headers).thenReturn(state);
    }

    /**
     * Runs the per-event part of a subscription plan: {@code event} (one {@code next} payload of the primary
     * subscription, with {@code data} and/or {@code errors}) is merged like a root fetch answer, then
     * {@link PlanNode.Subscription#rest()} fetches what other subgraphs add to it. A failed enrichment fetch becomes
     * an error with its path; the event still goes out with the data that arrived.
     */
    public Mono<ExecutionState> executeEvent(PlanNode.Subscription plan, JsonNode event, ExecutionState state,
                                             RequestHeaders headers) {
        mergeRoot(plan.primary(), event, state);
        if (plan.rest() == null) {
            return Mono.just(state);
        }
        return run(plan.rest(), state, headers).thenReturn(state);
    }

    private static void mergeRoot(PlanNode.Fetch f, JsonNode resp, ExecutionState st) {
        synchronized (st) {
            JsonNode data = resp.get("data");
            if (data != null && data.isObject()) {
                Json.merge(st.data, data);
            }
            JsonNode errors = resp.get("errors");
            if (errors != null && errors.isArray()) {
                for (JsonNode e : errors) {
                    st.errors.add(SubgraphErrors.subgraphError(e, f.serviceName(), null));
                }
            }
        }
    }

    private Mono<Void> run(PlanNode node, ExecutionState st, RequestHeaders headers) {
        return switch (node) {
            case PlanNode.Fetch f -> rootFetch(f, st, headers);
            case PlanNode.Flatten fl -> entityFetch((PlanNode.Fetch) fl.node(), List.of(fl.path()), st, headers);
            case PlanNode.Sequence s -> Flux.fromIterable(s.nodes()).concatMap(n -> run(n, st, headers)).then();
            case PlanNode.Parallel p -> parallel(p, st, headers);
            case PlanNode.Subscription sub -> Mono.error(new IllegalStateException(
                    "a subscription plan runs per event through executeEvent"));
            case PlanNode.Condition c -> {
                PlanNode next = ExecutionState.truthy(st.variables.get(c.variable())) ? c.ifClause() : c.elseClause();
                yield next == null ? Mono.empty() : run(next, st, headers);
            }
        };
    }

    /**
     * Runs the nodes of a Parallel at once. Its entity fetches go out as one request per subgraph: fetches with the
     * same operation share one {@code _entities} list, different operations become aliased {@code _entities}
     * fields of one document, so a subgraph sees one request per plan step.
     */
    private Mono<Void> parallel(PlanNode.Parallel p, ExecutionState st, RequestHeaders headers) {
        List<Mono<Void>> runs = new ArrayList<>();
        Map<String, Map<PlanNode.Fetch, List<List<String>>>> byService = new LinkedHashMap<>();
        for (PlanNode n : p.nodes()) {
            if (n instanceof PlanNode.Flatten fl && fl.node() instanceof PlanNode.Fetch f) {
                byService.computeIfAbsent(f.serviceName(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(f, k -> new ArrayList<>()).add(fl.path());
            } else {
                runs.add(run(n, st, headers));
            }
        }
        byService.forEach((service, fetches) -> runs.add(fetches.size() == 1
                ? entityFetch(fetches.keySet().iterator().next(), fetches.values().iterator().next(), st, headers)
                : entityFetches(service, fetches, st, headers)));
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
        return call(f.serviceName(), body, headers, "query".equals(f.operationKind()))
                .doOnNext(resp -> mergeRoot(f, resp, st))
                .onErrorResume(SubgraphException.class, e -> {
                    st.addError(SubgraphErrors.fetchFailed(f.serviceName(), e));
                    return Mono.empty();
                })
                .then();
    }

    /** One representation and the objects (with their response paths) it stands for. */
    private record Targets(List<ObjectNode> objects, List<List<Object>> paths) {
    }

    /** Representations for one entity fetch and the objects each stands for. */
    private record Batch(PlanNode.Fetch fetch, ArrayNode representations, List<Targets> targets) {
    }

    private Batch batch(PlanNode.Fetch f, List<List<String>> paths, ExecutionState st) {
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
                    ObjectNode rep = Representations.project(obj, f.requires(), f.typeCondition());
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
        return new Batch(f, representations, targets);
    }

    /** The response path of the first object each representation of {@code b} stands for. */
    private static List<List<Object>> firstPaths(Batch b) {
        List<List<Object>> out = new ArrayList<>(b.targets().size());
        for (Targets t : b.targets()) {
            out.add(t.paths().getFirst());
        }
        return out;
    }

    /** Merges the answer to one batch ({@code entities}, under response key {@code key}) into the data. */
    private static void apply(ExecutionState st, Batch b, JsonNode resp, String key) {
        JsonNode data = resp.get("data");
        JsonNode entities = data == null ? null : data.get(key);
        if (entities != null && entities.isArray()) {
            for (int i = 0; i < entities.size() && i < b.targets().size(); i++) {
                JsonNode entity = entities.get(i);
                if (entity != null && entity.isObject()) {
                    JsonNode concrete = entity.get("__typename");
                    for (ObjectNode target : b.targets().get(i).objects()) {
                        Json.merge(target, entity);
                        JsonNode known = target.get("__typename");
                        if (concrete != null && known != null && known.asString().equals(b.fetch().entityType())
                                && !concrete.asString().equals(known.asString())) {
                            // The object came from an @interfaceObject subgraph typed as the interface.
                            target.set("__typename", concrete);
                        }
                    }
                }
            }
        }
    }

    private Mono<Void> entityFetch(PlanNode.Fetch f, List<List<String>> paths, ExecutionState st,
                                   RequestHeaders headers) {
        Batch b = batch(f, paths, st);
        if (b.representations().isEmpty()) {
            return Mono.empty();
        }
        ObjectNode body = request(f, st);
        ((ObjectNode) body.get("variables")).set("representations", b.representations());
        return call(f.serviceName(), body, headers, "query".equals(f.operationKind()))
                .doOnNext(resp -> {
                    synchronized (st) {
                        apply(st, b, resp, "_entities");
                        JsonNode errors = resp.get("errors");
                        if (errors != null && errors.isArray()) {
                            for (JsonNode e : errors) {
                                st.errors.add(SubgraphErrors.subgraphError(e, f.serviceName(), Map.of("_entities", firstPaths(b))));
                            }
                        }
                    }
                })
                .onErrorResume(SubgraphException.class, e -> {
                    st.addError(SubgraphErrors.fetchFailed(f.serviceName(), e));
                    return Mono.empty();
                })
                .then();
    }

    /** Several entity fetches to one subgraph as aliased {@code _entities} fields of one request. */
    private Mono<Void> entityFetches(String service, Map<PlanNode.Fetch, List<List<String>>> fetches,
                                     ExecutionState st, RequestHeaders headers) {
        List<Batch> batches = new ArrayList<>();
        fetches.forEach((f, paths) -> {
            Batch b = batch(f, paths, st);
            if (!b.representations().isEmpty()) {
                batches.add(b);
            }
        });
        if (batches.isEmpty()) {
            return Mono.empty();
        }
        if (batches.size() == 1) {
            PlanNode.Fetch only = batches.getFirst().fetch();
            return entityFetch(only, fetches.get(only), st, headers);
        }
        java.util.LinkedHashSet<String> defs = new java.util.LinkedHashSet<>();
        StringBuilder fields = new StringBuilder();
        ObjectNode body = Json.F.objectNode();
        ObjectNode vars = Json.F.objectNode();
        Map<String, List<List<Object>>> targetsByKey = new LinkedHashMap<>();
        for (int i = 0; i < batches.size(); i++) {
            Batch b = batches.get(i);
            String key = "_e" + i;
            defs.add("$r" + i + ":[_Any!]!");
            vars.set("r" + i, b.representations());
            fields.append(i == 0 ? "" : " ").append(key).append(":_entities(representations:$r").append(i)
                    .append("){").append(b.fetch().selection()).append('}');
            defs.addAll(b.fetch().variableDefinitions());
            for (String v : b.fetch().variableUsages()) {
                if (st.variables.has(v)) {
                    vars.set(v, st.variables.get(v));
                }
            }
            targetsByKey.put(key, firstPaths(b));
        }
        body.put("query", "query(" + String.join(",", defs) + "){" + fields + "}");
        body.set("variables", vars);
        return call(service, body, headers, true)
                .doOnNext(resp -> {
                    synchronized (st) {
                        for (int i = 0; i < batches.size(); i++) {
                            apply(st, batches.get(i), resp, "_e" + i);
                        }
                        JsonNode errors = resp.get("errors");
                        if (errors != null && errors.isArray()) {
                            for (JsonNode e : errors) {
                                st.errors.add(SubgraphErrors.subgraphError(e, service, targetsByKey));
                            }
                        }
                    }
                })
                .onErrorResume(SubgraphException.class, e -> {
                    st.addError(SubgraphErrors.fetchFailed(service, e));
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
}
