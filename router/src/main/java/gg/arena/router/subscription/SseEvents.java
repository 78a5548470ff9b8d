package gg.arena.router.subscription;

import gg.arena.router.GraphQLResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;

/**
 * GraphQL over Server-Sent Events, "distinct connections mode" (the {@code graphql-sse} protocol): one stream per
 * request, each result an {@code event: next} with the execution result as {@code data}, then {@code event: complete}.
 * Errors found before execution (and a failed subscription) are {@code next} events with errors, as the protocol
 * asks, because an HTTP error status would make a browser's EventSource drop the details. A comment line every
 * heartbeat interval keeps proxies from closing a quiet stream. The client ends a subscription by closing the stream.
 */
public final class SseEvents {
    public static final String COMPLETE = "event: complete\ndata:\n\n";
    private static final String KEEP_ALIVE = ":\n\n";

    private SseEvents() {
    }

    /** The event stream for {@code results} (one per event, or one error response). */
    public static Flux<String> of(Flux<GraphQLResponse> results, JsonMapper mapper, Duration heartbeat) {
        Flux<String> events = results
                .map(r -> next(mapper, r.body()))
                .onErrorResume(e -> Mono.just(next(mapper, errorsBody(e))))
                .concatWith(Mono.just(COMPLETE));
        return events.publish(shared -> Flux.merge(shared,
                Flux.interval(heartbeat).map(i -> KEEP_ALIVE).takeUntilOther(shared.then(Mono.just(true)))));
    }

    public static String next(JsonMapper mapper, ObjectNode result) {
        return "event: next\ndata: " + mapper.writeValueAsString(result) + "\n\n";
    }

    /** A result body holding the errors a failed stream ends with. */
    static ObjectNode errorsBody(Throwable e) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode arr = body.putArray("errors");
        errorsOf(e).forEach(arr::add);
        return body;
    }

    static List<ObjectNode> errorsOf(Throwable e) {
        if (e instanceof SubscriptionFailedException failed) {
            return failed.errors();
        }
        ObjectNode error = JsonNodeFactory.instance.objectNode().put("message", "Internal server error");
        error.putObject("extensions").put("code", "INTERNAL_SERVER_ERROR");
        return List.of(error);
    }
}
