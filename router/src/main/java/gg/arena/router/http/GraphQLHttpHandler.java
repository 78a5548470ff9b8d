package gg.arena.router.http;

import gg.arena.router.GraphQLRequest;
import gg.arena.router.GraphQLResponse;
import gg.arena.router.Router;
import gg.arena.router.auth.BearerTokens;
import gg.arena.router.auth.Unauthenticated;
import gg.arena.router.reload.RouterHolder;
import gg.arena.router.subscription.MultipartSubscription;
import gg.arena.router.subscription.SseEvents;
import graphql.language.OperationDefinition;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.web.reactive.function.BodyInserter;
import reactor.core.publisher.Flux;
import java.time.Duration;
import gg.arena.router.subgraph.RequestHeaders;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GraphQL over HTTP: POST with a JSON body, GET with query parameters (queries only: a mutation over GET is 405),
 * {@code application/graphql-response+json} or {@code application/json} by {@code Accept}, with the status codes
 * the GraphQL-over-HTTP specification gives for each. The {@code X-Arena-Query-Plan: true} header adds the plan
 * under {@code extensions.queryPlan}.
 */
public final class GraphQLHttpHandler {
    static final String PLAN_HEADER = "X-Arena-Query-Plan";
    /** Largest request body read (a GraphQL document with variables is far smaller). */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final byte[] TOO_LARGE = new byte[0];
    /** Request headers passed on to every subgraph. */
    private static final List<String> FORWARDED = List.of(HttpHeaders.AUTHORIZATION, "Accept-Language");

    private final RouterHolder routers;
    private final JsonMapper mapper;
    private final boolean exposePlan;
    private final BearerTokens tokens;
    private final Duration heartbeat;

    public GraphQLHttpHandler(Router router, JsonMapper mapper, boolean exposePlan, BearerTokens tokens,
                              Duration heartbeat) {
        this(RouterHolder.fixed(router), mapper, exposePlan, tokens, heartbeat);
    }

    /** Each request runs on the router that is current when it arrives (see {@link RouterHolder}). */
    public GraphQLHttpHandler(RouterHolder routers, JsonMapper mapper, boolean exposePlan, BearerTokens tokens,
                              Duration heartbeat) {
        this.routers = routers;
        this.mapper = mapper;
        this.exposePlan = exposePlan;
        this.tokens = tokens;
        this.heartbeat = heartbeat;
    }

    public Mono<ServerResponse> post(ServerRequest request) {
        return withAccept(request, accept -> post(request, accept));
    }

    public Mono<ServerResponse> get(ServerRequest request) {
        return withAccept(request, accept -> get(request, accept));
    }

    /** Runs {@code then} with what the Accept header allows; 400/406 when it names nothing we serve. */
    private static Mono<ServerResponse> withAccept(ServerRequest request, Function<Accept, Mono<ServerResponse>> then) {
        Accept accept;
        try {
            accept = Accept.of(request.headers().accept());
        } catch (InvalidMediaTypeException e) {
            return plain(HttpStatus.BAD_REQUEST, "Invalid Accept header");
        }
        if (accept.json() == null && !accept.sse() && !accept.multipartSubscription()) {
            return plain(HttpStatus.NOT_ACCEPTABLE, "Accept application/graphql-response+json or application/json"
                    + " (or, to stream, text/event-stream or multipart/mixed;subscriptionSpec=1.0)");
        }
        return then.apply(accept);
    }

    private Mono<ServerResponse> post(ServerRequest request, Accept accept) {
        MediaType responseType = accept.jsonOrDefault();
        MediaType contentType;
        try {
            contentType = request.headers().contentType().orElse(null);
        } catch (InvalidMediaTypeException e) {
            contentType = null;
        }
        if (contentType == null || !contentType.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return plain(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "POST needs Content-Type: application/json");
        }
        return DataBufferUtils.join(request.body(org.springframework.web.reactive.function.BodyExtractors
                        .toDataBuffers()), MAX_BODY_BYTES)
                .map(buffer -> {
                    try {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return bytes;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .defaultIfEmpty(new byte[0])
                .onErrorResume(org.springframework.core.io.buffer.DataBufferLimitException.class,
                        e -> Mono.just(TOO_LARGE))
                .flatMap(bytes -> {
                    if (bytes == TOO_LARGE) {
                        return plain(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than "
                                + MAX_BODY_BYTES + " bytes.");
                    }
                    JsonNode body;
                    try {
                        body = bytes.length == 0 ? null : mapper.readTree(bytes);
                    } catch (RuntimeException e) {
                        return badRequest(responseType, "The request body is not valid JSON.");
                    }
                    if (body == null || !body.isObject()) {
                        return badRequest(responseType, "The request body must be a JSON object.");
                    }
                    JsonNode q = body.get("query");
                    JsonNode name = body.get("operationName");
                    JsonNode vars = body.get("variables");
                    if (q == null || !q.isString()) {
                        return badRequest(responseType, "The request needs a 'query' string.");
                    }
                    if (name != null && !name.isNull() && !name.isString()) {
                        return badRequest(responseType, "'operationName' must be a string.");
                    }
                    if (vars != null && !vars.isNull() && !vars.isObject()) {
                        return badRequest(responseType, "'variables' must be an object.");
                    }
                    GraphQLRequest gql = new GraphQLRequest(q.asString(),
                            name == null || name.isNull() ? null : name.asString(),
                            vars == null || vars.isNull() ? null : (ObjectNode) vars);
                    return run(request, gql, true, accept);
                });
    }

    private Mono<ServerResponse> get(ServerRequest request, Accept accept) {
        MediaType responseType = accept.jsonOrDefault();
        String query = request.queryParam("query").orElse(null);
        if (query == null) {
            return badRequest(responseType, "The request needs a 'query' parameter.");
        }
        ObjectNode vars = null;
        String rawVars = request.queryParam("variables").orElse(null);
        if (rawVars != null && !rawVars.isEmpty()) {
            try {
                JsonNode v = mapper.readTree(rawVars);
                if (!v.isObject() && !v.isNull()) {
                    return badRequest(responseType, "'variables' must be a JSON object.");
                }
                vars = v.isObject() ? (ObjectNode) v : null;
            } catch (RuntimeException e) {
                return badRequest(responseType, "'variables' is not valid JSON.");
            }
        }
        String name = request.queryParam("operationName").filter(s -> !s.isEmpty()).orElse(null);
        return run(request, new GraphQLRequest(query, name, vars), false, accept);
    }

    /**
     * Verifies the bearer token, then answers by transport: an SSE stream when the client accepts
     * {@code text/event-stream}; a multipart stream for a subscription when it accepts Apollo's multipart
     * subscriptions; one JSON response otherwise (a subscription then gets an error naming the streaming transports).
     */
    private Mono<ServerResponse> run(ServerRequest request, GraphQLRequest gql, boolean allowMutation, Accept accept) {
        Map<String, String> forwarded = new HashMap<>();
        for (String h : FORWARDED) {
            String v = request.headers().firstHeader(h);
            if (v != null) {
                forwarded.put(h, v);
            }
        }
        if (tokens.check(forwarded.get(HttpHeaders.AUTHORIZATION)) instanceof BearerTokens.Invalid invalid) {
            GraphQLResponse refused = new GraphQLResponse(Unauthenticated.body(invalid.reason()),
                    GraphQLResponse.Outcome.UNAUTHENTICATED);
            return accept.sse() ? sse(Flux.just(refused)) : write(refused, accept.jsonOrDefault());
        }
        RequestHeaders headers = new RequestHeaders(forwarded);
        // The operation kind is looked up only where the transport depends on it: a plain JSON request (the hot
        // path) goes straight to execute, which selects the operation itself.
        if (accept.sse()) {
            if (!allowMutation && kindOf(gql) == OperationDefinition.Operation.MUTATION) {
                return routers.execute(gql, headers, false, false).flatMap(r -> write(r, MediaType.APPLICATION_JSON));
            }
            return sse(routers.useMany(r -> r.stream(gql, headers, allowMutation)));
        }
        if (accept.multipartSubscription() || accept.json() == null) {
            OperationDefinition.Operation kind = kindOf(gql);
            if (kind == OperationDefinition.Operation.SUBSCRIPTION && accept.multipartSubscription()) {
                return multipart(routers.useMany(r -> r.subscribe(gql, headers)));
            }
            if (accept.json() == null && kind != null) {
                // Only multipart subscriptions are acceptable, and this is a query or a mutation.
                return plain(HttpStatus.NOT_ACCEPTABLE, "multipart/mixed;subscriptionSpec=1.0 carries subscriptions"
                        + " only; accept application/json or application/graphql-response+json for a " + kind.name()
                        .toLowerCase(java.util.Locale.ROOT));
            }
        }
        MediaType responseType = accept.jsonOrDefault();
        boolean plan = exposePlan && "true".equalsIgnoreCase(request.headers().firstHeader(PLAN_HEADER));
        return routers.execute(gql, headers, allowMutation, plan)
                .flatMap(r -> write(r, responseType));
    }

    private OperationDefinition.Operation kindOf(GraphQLRequest gql) {
        return routers.current().router().operationKind(gql);
    }

    private Mono<ServerResponse> sse(Flux<GraphQLResponse> results) {
        return streamed(MediaType.TEXT_EVENT_STREAM, SseEvents.of(results, mapper, heartbeat));
    }

    private Mono<ServerResponse> multipart(Flux<GraphQLResponse> results) {
        return streamed(MultipartSubscription.CONTENT_TYPE, MultipartSubscription.of(results, mapper, heartbeat));
    }

    /** A streamed body, flushed chunk by chunk; cancelled (with its subscription) when the client goes away. */
    private static Mono<ServerResponse> streamed(MediaType type, Flux<String> chunks) {
        Flux<Mono<DataBuffer>> flushed = chunks.map(c -> Mono.just(
                dataBuffer(c.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        return ServerResponse.ok().contentType(type).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body((BodyInserter<Flux<Mono<DataBuffer>>, ReactiveHttpOutputMessage>)
                        (message, context) -> message.writeAndFlushWith(flushed));
    }

    private Mono<ServerResponse> write(GraphQLResponse r, MediaType responseType) {
        HttpStatus status = switch (r.outcome()) {
            case EXECUTED -> HttpStatus.OK;
            case REQUEST_ERROR -> responseType == MediaTypes.GRAPHQL_RESPONSE ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            case UNAUTHENTICATED -> responseType == MediaTypes.GRAPHQL_RESPONSE ? HttpStatus.UNAUTHORIZED
                    : HttpStatus.OK;
        };
        ServerResponse.BodyBuilder b = ServerResponse.status(status).contentType(responseType);
        if (r.outcome() == GraphQLResponse.Outcome.METHOD_NOT_ALLOWED) {
            b = b.header(HttpHeaders.ALLOW, HttpMethod.POST.name());
        }
        if (status == HttpStatus.UNAUTHORIZED) {
            b = b.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        byte[] bytes = mapper.writeValueAsBytes(r.body());
        return b.body(BodyInserters.fromDataBuffers(Mono.fromSupplier(() -> dataBuffer(bytes))));
    }

    private static DataBuffer dataBuffer(byte[] bytes) {
        return org.springframework.core.io.buffer.DefaultDataBufferFactory.sharedInstance.wrap(bytes);
    }

    private Mono<ServerResponse> badRequest(MediaType responseType, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("errors").addObject().put("message", message);
        return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(responseType)
                .bodyValue(mapper.writeValueAsBytes(body));
    }

    private static Mono<ServerResponse> plain(HttpStatus status, String message) {
        return ServerResponse.status(status).contentType(MediaType.TEXT_PLAIN).bodyValue(message);
    }
}
