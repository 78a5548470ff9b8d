package gg.arena.router;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.arena.router.api.ApiSchema;
import gg.arena.router.execute.ExecutionState;
import gg.arena.router.execute.Json;
import gg.arena.router.execute.PlanExecutor;
import gg.arena.router.execute.ResponseShaper;
import gg.arena.router.instrument.RouterInstrumentation;
import gg.arena.router.plan.Operations;
import gg.arena.router.plan.PlanJson;
import gg.arena.router.plan.PlanningException;
import gg.arena.router.plan.QueryPlan;
import gg.arena.router.plan.QueryPlanner;
import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.subgraph.SubgraphClient;
import gg.arena.router.subgraph.SubgraphException;
import gg.arena.router.subgraph.SubgraphSubscriptions;
import gg.arena.router.subscription.SubscriptionFailedException;
import gg.arena.router.subscription.NoUpstreamSubscriptions;
import gg.arena.router.plan.PlanNode;
import gg.arena.router.supergraph.Supergraph;
import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The router as a library: parse and validate against the API schema (documents cached), plan (plans cached per
 * document and operation name), execute the plan, shape the response. Transport-independent.
 */
public final class Router {
    private final ApiSchema api;
    private final QueryPlanner planner;
    private final PlanExecutor executor;
    private final ResponseShaper shaper;
    private final JsonMapper mapper;
    private final Cache<String, Prepared> documents;
    private final Cache<String, Object> plans;
    private final RouterInstrumentation instrumentation;
    private final SubgraphSubscriptions subscriptions;
    private final java.util.concurrent.ConcurrentHashMap<SharedKey, Flux<GraphQLResponse>> shared =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A parsed and validated document, or the errors that stopped it. */
    private record Prepared(Document document, Map<String, FragmentDefinition> fragments, List<GraphQLError> errors) {
    }

    public Router(Supergraph supergraph, SubgraphClient client, JsonMapper mapper, int planCacheSize) {
        this(supergraph, client, mapper, planCacheSize, RouterInstrumentation.NOOP);
    }

    public Router(Supergraph supergraph, SubgraphClient client, JsonMapper mapper, int planCacheSize,
                  RouterInstrumentation instrumentation) {
        this(supergraph, client, new NoUpstreamSubscriptions(), mapper, planCacheSize, instrumentation);
    }

    /** A router whose subscriptions reach their subgraphs through {@code subscriptions}. */
    public Router(Supergraph supergraph, SubgraphClient client, SubgraphSubscriptions subscriptions, JsonMapper mapper,
                  int planCacheSize, RouterInstrumentation instrumentation) {
        this.subscriptions = subscriptions;
        this.instrumentation = instrumentation;
        this.api = ApiSchema.of(supergraph);
        this.planner = new QueryPlanner(supergraph, api.schema());
        this.executor = new PlanExecutor(client, mapper, instrumentation);
        this.shaper = new ResponseShaper(api.schema());
        this.mapper = mapper;
        this.documents = Caffeine.newBuilder().maximumSize(planCacheSize).build();
        this.plans = Caffeine.newBuilder().maximumSize(planCacheSize).build();
    }

    public ApiSchema api() {
        return api;
    }

    /** Plans {@code operationName} of {@code query} without running it. */
    public QueryPlan plan(String query, String operationName) {
        Prepared p = prepare(query);
        if (!p.errors().isEmpty()) {
            throw new IllegalArgumentException(p.errors().getFirst().getMessage());
        }
        return planFor(query, p.document(), operationName);
    }

    public Mono<GraphQLResponse> execute(GraphQLRequest request, RequestHeaders headers, boolean allowMutation,
                                         boolean includePlan) {
        Prepared p = prepare(request.query());
        if (!p.errors().isEmpty()) {
            return Mono.just(requestError(p.errors()));
        }
        OperationDefinition op;
        try {
            op = Operations.select(p.document(), request.operationName());
        } catch (IllegalArgumentException e) {
            return Mono.just(requestError(e.getMessage()));
        }
        if (op.getOperation() == OperationDefinition.Operation.MUTATION && !allowMutation) {
            return Mono.just(new GraphQLResponse(errorBody("Mutations are only allowed over POST."),
                    GraphQLResponse.Outcome.METHOD_NOT_ALLOWED));
        }
        if (op.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            return Mono.just(requestError(SUBSCRIPTION_NEEDS_STREAM));
        }
        ObjectNode variables;
        try {
            variables = coerce(op, request.variables());
        } catch (GraphQLErrorException e) {
            return Mono.just(requestError(e.getMessage()));
        }
        QueryPlan plan;
        try {
            plan = planFor(request.query(), p.document(), request.operationName());
        } catch (PlanningException e) {
            return Mono.just(planningFailed(e));
        }
        JsonNode introspection = introspect(p, op, variables);
        RouterInstrumentation.End end = instrumentation.begin(RouterInstrumentation.Phase.EXECUTE, op.getName());
        return executor.execute(plan, new ExecutionState(variables), headers).doOnError(end::end).map(state -> {
            List<ObjectNode> errors = new ArrayList<>(state.errors());
            if (introspection != null && introspection.get("errors") != null) {
                introspection.get("errors").forEach(e -> errors.add((ObjectNode) e));
            }
            JsonNode data = shaper.shape(op, p.fragments(), state.data(), variables, errors,
                    introspection == null ? null : introspection.get("data"));
            ObjectNode body = Json.objectNode();
            body.set("data", data);
            if (!errors.isEmpty()) {
                ArrayNode arr = body.putArray("errors");
                errors.forEach(arr::add);
            }
            if (includePlan) {
                body.putObject("extensions").set("queryPlan", PlanJson.toJson(plan));
            }
            end.end(null);
            return new GraphQLResponse(body, GraphQLResponse.Outcome.EXECUTED);
        });
    }

    /**
     * The kind of operation {@code request} selects, so a transport can pick single-result or streaming execution;
     * null when the request cannot run (parse, validation or operation selection fails; executing it reports why).
     */
    public OperationDefinition.Operation operationKind(GraphQLRequest request) {
        Prepared p = prepare(request.query());
        if (!p.errors().isEmpty()) {
            return null;
        }
        try {
            return Operations.select(p.document(), request.operationName()).getOperation();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Runs a subscription: the plan's primary fetch becomes an upstream subscription on the subgraph owning the root
     * field, and every event it delivers runs the rest of the plan and is shaped before it is emitted. A request that
     * cannot run gives one {@link GraphQLResponse} that is not {@code EXECUTED} and completes; otherwise each element
     * is one event. The flux completes when the upstream subscription does and fails with
     * {@link SubscriptionFailedException} when it fails; cancelling it leaves the upstream subscription.
     */
    public Flux<GraphQLResponse> subscribe(GraphQLRequest request, RequestHeaders headers) {
        Prepared p = prepare(request.query());
        if (!p.errors().isEmpty()) {
            return Flux.just(requestError(p.errors()));
        }
        OperationDefinition op;
        try {
            op = Operations.select(p.document(), request.operationName());
        } catch (IllegalArgumentException e) {
            return Flux.just(requestError(e.getMessage()));
        }
        if (op.getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
            return Flux.just(requestError("Only subscription operations stream; this is a "
                    + op.getOperation().name().toLowerCase(Locale.ROOT) + "."));
        }
        ObjectNode variables;
        try {
            variables = coerce(op, request.variables());
        } catch (GraphQLErrorException e) {
            return Flux.just(requestError(e.getMessage()));
        }
        QueryPlan plan;
        try {
            plan = planFor(request.query(), p.document(), request.operationName());
        } catch (PlanningException e) {
            return Flux.just(planningFailed(e));
        }
        if (!(plan.node() instanceof PlanNode.Subscription sub)) {
            return Flux.just(requestError("The subscription has no root field a subgraph serves."));
        }
        PlanNode.Fetch primary = sub.primary();
        Map<String, Object> upstreamVariables = new java.util.LinkedHashMap<>();
        for (String v : primary.variableUsages()) {
            if (variables.has(v)) {
                upstreamVariables.put(v, mapper.convertValue(variables.get(v), Object.class));
            }
        }
        String service = primary.serviceName();
        // Identical subscriptions (same document, operation, variables and forwarded headers) share one stream: the
        // upstream subscription and the enrichment of each event run once, however many clients listen. A client
        // joining later gets the events from then on; each has its own bounded buffer, so a slow one cannot hold
        // the others back (it fails alone once the buffer is full).
        SharedKey key = new SharedKey(request.query(), request.operationName(), variables.toString(), headers.values());
        return Flux.defer(() -> shared.computeIfAbsent(key, k -> {
            AtomicReference<Flux<GraphQLResponse>> self = new AtomicReference<>();
            Flux<GraphQLResponse> stream = events(op, p, sub, primary, variables, upstreamVariables, headers)
                    .doFinally(signal -> shared.remove(k, self.get()))
                    .publish().refCount();
            self.set(stream);
            return stream;
        })).onBackpressureBuffer(SUBSCRIBER_BUFFER);
    }

    /** The events of one upstream subscription, each enriched by the rest of the plan and shaped. */
    private Flux<GraphQLResponse> events(OperationDefinition op, Prepared p, PlanNode.Subscription sub,
                                         PlanNode.Fetch primary, ObjectNode variables,
                                         Map<String, Object> upstreamVariables, RequestHeaders headers) {
        String service = primary.serviceName();
        return Flux.defer(() -> subscriptions.subscribe(service, primary.operation(), upstreamVariables, headers))
                .onErrorMap(SubgraphException.class, e -> SubscriptionFailedException.upstream(service, e))
                .concatMap(event -> {
                    RouterInstrumentation.End end = instrumentation.begin(
                            RouterInstrumentation.Phase.SUBSCRIPTION_EVENT, op.getName());
                    JsonNode tree = mapper.valueToTree(event);
                    return executor.executeEvent(sub, tree, new ExecutionState(variables), headers)
                            .map(state -> {
                                List<ObjectNode> errors = new ArrayList<>(state.errors());
                                JsonNode data = shaper.shape(op, p.fragments(), state.data(), variables, errors,
                                        null);
                                ObjectNode body = Json.objectNode();
                                body.set("data", data);
                                if (!errors.isEmpty()) {
                                    ArrayNode arr = body.putArray("errors");
                                    errors.forEach(arr::add);
                                }
                                end.end(null);
                                return new GraphQLResponse(body, GraphQLResponse.Outcome.EXECUTED);
                            })
                            .doOnError(end::end);
                });
    }

    /** Execution started (the request was valid) and produced no data: data is null, as for a null root. */
    private static GraphQLResponse planningFailed(PlanningException e) {
        ObjectNode body = Json.objectNode();
        body.putNull("data");
        body.putArray("errors").addObject().put("message", "Cannot plan the operation: " + e.getMessage())
                .putObject("extensions").put("code", "QUERY_PLANNING_FAILED");
        return new GraphQLResponse(body, GraphQLResponse.Outcome.EXECUTED);
    }

    /** What makes two subscriptions identical, so they can share one stream. */
    private record SharedKey(String query, String operationName, String variables, Map<String, String> headers) {
    }

    /** Events a subscriber may fall behind a shared stream before it fails alone. */
    static final int SUBSCRIBER_BUFFER = 4096;

    /**
     * Runs any operation for a transport that can stream (WebSocket, SSE): a subscription as {@link #subscribe}, a
     * query or mutation as {@link #execute} giving one response.
     */
    public Flux<GraphQLResponse> stream(GraphQLRequest request, RequestHeaders headers, boolean allowMutation) {
        if (operationKind(request) == OperationDefinition.Operation.SUBSCRIPTION) {
            return subscribe(request, headers);
        }
        return execute(request, headers, allowMutation, false).flux();
    }

    /** Why a subscription sent as a single-result request is refused. */
    static final String SUBSCRIPTION_NEEDS_STREAM = "Subscriptions need a streaming transport: POST or GET /graphql"
            + " with 'Accept: text/event-stream' (GraphQL over SSE) or 'Accept: multipart/mixed;subscriptionSpec=1.0'"
            + " (multipart HTTP), or a WebSocket at /graphql with subprotocol graphql-transport-ws.";

    private Prepared prepare(String query) {
        return documents.get(query, q -> {
            RouterInstrumentation.End end = instrumentation.begin(RouterInstrumentation.Phase.PARSE_VALIDATE, null);
            ParseAndValidateResult r;
            try {
                r = ParseAndValidate.parseAndValidate(api.schema(), ExecutionInput.newExecutionInput(q).build());
            } catch (RuntimeException e) {
                // graphql-java's single-root-field rule evaluates @skip/@include on a subscription's root field
                // without variables and fails; such a root field is not allowed anyway.
                end.end(e);
                return new Prepared(null, Map.of(), List.of(graphql.GraphqlErrorBuilder.newError()
                        .errorType(graphql.ErrorType.ValidationError)
                        .message(q.contains("subscription")
                                ? "Validation error: a subscription's root field must not be under @skip or @include."
                                : "Validation error: the document cannot be validated.").build()));
            }
            end.end(null);
            List<GraphQLError> errors = new ArrayList<>(r.getErrors());
            Map<String, FragmentDefinition> fragments = new HashMap<>();
            if (r.getDocument() != null) {
                for (FragmentDefinition f : r.getDocument().getDefinitionsOfType(FragmentDefinition.class)) {
                    fragments.put(f.getName(), f);
                }
            }
            return new Prepared(errors.isEmpty() ? r.getDocument() : null, fragments, errors);
        });
    }

    private QueryPlan planFor(String query, Document document, String operationName) {
        String key = (operationName == null ? "" : operationName) + "\u0000" + query;
        Object cached = plans.get(key, k -> {
            RouterInstrumentation.End end = instrumentation.begin(RouterInstrumentation.Phase.PLAN, operationName);
            try {
                QueryPlan plan = planner.plan(document, operationName);
                end.end(null);
                return plan;
            } catch (PlanningException e) {
                end.end(e);
                return e;
            }
        });
        if (cached instanceof PlanningException e) {
            throw e;
        }
        return (QueryPlan) cached;
    }

    /** Checks variables against the operation (graphql-java coercion) and fills in defaults. */
    private ObjectNode coerce(OperationDefinition op, ObjectNode raw) {
        ObjectNode vars = raw == null ? Json.objectNode() : raw.deepCopy();
        if (op.getVariableDefinitions().isEmpty()) {
            return vars;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> javaVars = mapper.convertValue(vars, Map.class);
        try {
            ValuesResolver.coerceVariableValues(api.schema(), op.getVariableDefinitions(), RawVariables.of(javaVars),
                    GraphQLContext.getDefault(), Locale.ENGLISH);
        } catch (RuntimeException e) {
            throw new GraphQLErrorException(e.getMessage());
        }
        for (VariableDefinition vd : op.getVariableDefinitions()) {
            if (!vars.has(vd.getName()) && vd.getDefaultValue() != null) {
                vars.set(vd.getName(), Json.literal(vd.getDefaultValue(), null));
            }
        }
        return vars;
    }

    private JsonNode introspect(Prepared p, OperationDefinition op, ObjectNode variables) {
        List<Selection> kept = introspectionOnly(op.getSelectionSet(), p.fragments());
        if (kept.isEmpty()) {
            return null;
        }
        OperationDefinition only = op.transform(b -> b.selectionSet(SelectionSet.newSelectionSet(kept).build()));
        List<graphql.language.Definition> defs = new ArrayList<>();
        defs.add(only);
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        spreads(kept, p.fragments(), used);
        used.forEach(name -> defs.add(p.fragments().get(name)));
        Document doc = Document.newDocument().definitions(defs).build();
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = mapper.convertValue(variables, Map.class);
        graphql.ExecutionResult r = api.introspectionResult(doc, op.getName(), vars);
        ObjectNode out = Json.objectNode();
        out.set("data", r.getData() == null ? null : mapper.valueToTree(r.getData()));
        if (!r.getErrors().isEmpty()) {
            ArrayNode errors = out.putArray("errors");
            r.getErrors().forEach(e -> errors.addObject().put("message", e.getMessage()));
        }
        return out;
    }

    /** The root selections that are {@code __schema}/{@code __type}, with root fragments inlined around them. */
    private static List<Selection> introspectionOnly(SelectionSet ss, Map<String, FragmentDefinition> fragments) {
        List<Selection> out = new ArrayList<>();
        for (Selection<?> s : ss.getSelections()) {
            if (s instanceof Field f) {
                if (f.getName().equals("__schema") || f.getName().equals("__type")) {
                    out.add(f);
                }
            } else if (s instanceof graphql.language.InlineFragment fr) {
                List<Selection> inner = introspectionOnly(fr.getSelectionSet(), fragments);
                if (!inner.isEmpty()) {
                    out.add(fr.transform(b -> b.selectionSet(SelectionSet.newSelectionSet(inner).build())));
                }
            } else if (s instanceof graphql.language.FragmentSpread sp && fragments.containsKey(sp.getName())) {
                FragmentDefinition fd = fragments.get(sp.getName());
                List<Selection> inner = introspectionOnly(fd.getSelectionSet(), fragments);
                if (!inner.isEmpty()) {
                    out.add(graphql.language.InlineFragment.newInlineFragment().typeCondition(fd.getTypeCondition())
                            .directives(sp.getDirectives()).selectionSet(SelectionSet.newSelectionSet(inner).build())
                            .build());
                }
            }
        }
        return out;
    }

    /** Names of the fragments spread (transitively) under {@code selections}. */
    private static void spreads(List<? extends graphql.language.Node> nodes, Map<String, FragmentDefinition> fragments,
                                java.util.Set<String> into) {
        for (graphql.language.Node<?> n : nodes) {
            if (n instanceof graphql.language.FragmentSpread sp && into.add(sp.getName())
                    && fragments.containsKey(sp.getName())) {
                spreads(fragments.get(sp.getName()).getSelectionSet().getSelections(), fragments, into);
            }
            spreads(n.getChildren(), fragments, into);
        }
    }

    private static GraphQLResponse requestError(String message) {
        return new GraphQLResponse(errorBody(message), GraphQLResponse.Outcome.REQUEST_ERROR);
    }

    private static GraphQLResponse requestError(List<GraphQLError> errors) {
        ObjectNode body = Json.objectNode();
        ArrayNode arr = body.putArray("errors");
        for (GraphQLError e : errors) {
            ObjectNode o = arr.addObject();
            o.put("message", e.getMessage());
            if (e.getLocations() != null && !e.getLocations().isEmpty()) {
                ArrayNode locs = o.putArray("locations");
                for (SourceLocation l : e.getLocations()) {
                    locs.addObject().put("line", l.getLine()).put("column", l.getColumn());
                }
            }
            String code = e.getErrorType() != null && e.getErrorType().toString().contains("Validation")
                    ? "GRAPHQL_VALIDATION_FAILED" : "GRAPHQL_PARSE_FAILED";
            o.putObject("extensions").put("code", code);
        }
        return new GraphQLResponse(body, GraphQLResponse.Outcome.REQUEST_ERROR);
    }

    static ObjectNode errorBody(String message) {
        ObjectNode body = Json.objectNode();
        body.putArray("errors").addObject().put("message", message);
        return body;
    }

    /** A request problem carried as a message. */
    private static final class GraphQLErrorException extends RuntimeException {
        GraphQLErrorException(String message) {
            super(message);
        }
    }
}
