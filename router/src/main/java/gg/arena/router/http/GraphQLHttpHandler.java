package gg.arena.router.http;

import gg.arena.router.GraphQLRequest;
import gg.arena.router.GraphQLResponse;
import gg.arena.router.Router;
import gg.arena.router.reload.RouterHolder;
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

    public GraphQLHttpHandler(Router router, JsonMapper mapper, boolean exposePlan) {
        this(RouterHolder.fixed(router), mapper, exposePlan);
    }

    /** Each request runs on the router that is current when it arrives (see {@link RouterHolder}). */
    public GraphQLHttpHandler(RouterHolder routers, JsonMapper mapper, boolean exposePlan) {
        this.routers = routers;
        this.mapper = mapper;
        this.exposePlan = exposePlan;
    }

    public Mono<ServerResponse> post(ServerRequest request) {
        return withResponseType(request, responseType -> post(request, responseType));
    }

    public Mono<ServerResponse> get(ServerRequest request) {
        return withResponseType(request, responseType -> get(request, responseType));
    }

    /** Runs {@code then} with the media type the Accept header asks for; 400/406 when it names none we serve. */
    private static Mono<ServerResponse> withResponseType(ServerRequest request,
                                                         Function<MediaType, Mono<ServerResponse>> then) {
        MediaType responseType;
        try {
            responseType = MediaTypes.negotiate(request.headers().accept());
        } catch (InvalidMediaTypeException e) {
            return plain(HttpStatus.BAD_REQUEST, "Invalid Accept header");
        }
        if (responseType == null) {
            return plain(HttpStatus.NOT_ACCEPTABLE, "Accept application/graphql-response+json or application/json");
        }
        return then.apply(responseType);
    }

    private Mono<ServerResponse> post(ServerRequest request, MediaType responseType) {
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
                    return run(request, gql, true, responseType);
                });
    }

    private Mono<ServerResponse> get(ServerRequest request, MediaType responseType) {
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
        return run(request, new GraphQLRequest(query, name, vars), false, responseType);
    }

    private Mono<ServerResponse> run(ServerRequest request, GraphQLRequest gql, boolean allowMutation,
                                     MediaType responseType) {
        Map<String, String> forwarded = new HashMap<>();
        for (String h : FORWARDED) {
            String v = request.headers().firstHeader(h);
            if (v != null) {
                forwarded.put(h, v);
            }
        }
        boolean plan = exposePlan && "true".equalsIgnoreCase(request.headers().firstHeader(PLAN_HEADER));
        return routers.execute(gql, new RequestHeaders(forwarded), allowMutation, plan)
                .flatMap(r -> write(r, responseType));
    }

    private Mono<ServerResponse> write(GraphQLResponse r, MediaType responseType) {
        HttpStatus status = switch (r.outcome()) {
            case EXECUTED -> HttpStatus.OK;
            case REQUEST_ERROR -> responseType == MediaTypes.GRAPHQL_RESPONSE ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
        };
        ServerResponse.BodyBuilder b = ServerResponse.status(status).contentType(responseType);
        if (r.outcome() == GraphQLResponse.Outcome.METHOD_NOT_ALLOWED) {
            b = b.header(HttpHeaders.ALLOW, HttpMethod.POST.name());
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
