package gg.arena.router.subscription;

import gg.arena.router.GraphQLResponse;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Apollo's multipart HTTP subscriptions ({@code Accept: multipart/mixed;subscriptionSpec=1.0}), byte for byte as
 * Apollo Router writes them, so Apollo Client's default HTTP subscriptions work: boundary {@code graphql}, each part
 * {@code content-type: application/json}; an event is {@code {"payload": <result>}}, a heartbeat {@code {}} (one at
 * once, so the client sees the response start, then one per heartbeat interval), a failure of the subscription
 * itself {@code {"payload": null, "errors": [...]}}, and the stream ends with {@code --graphql--}.
 */
public final class MultipartSubscription {
    public static final MediaType CONTENT_TYPE =
            MediaType.parseMediaType("multipart/mixed;boundary=\"graphql\";subscriptionSpec=\"1.0\"");
    private static final String FIRST = "\r\n--graphql\r\ncontent-type: application/json\r\n\r\n";
    private static final String NEXT = "\r\ncontent-type: application/json\r\n\r\n";
    private static final String DELIMITER = "\r\n--graphql";
    private static final String HEARTBEAT = "{}";

    private MultipartSubscription() {
    }

    /** The body chunks for {@code results}; each chunk is one complete part, ready to flush. */
    public static Flux<String> of(Flux<GraphQLResponse> results, JsonMapper mapper, Duration heartbeat) {
        Flux<String> parts = results
                .map(r -> {
                    ObjectNode part = JsonNodeFactory.instance.objectNode();
                    part.set("payload", r.body());
                    return mapper.writeValueAsString(part);
                })
                .onErrorResume(e -> {
                    ObjectNode part = JsonNodeFactory.instance.objectNode();
                    part.putNull("payload");
                    ArrayNode errors = part.putArray("errors");
                    SseEvents.errorsOf(e).forEach(errors::add);
                    return Mono.just(mapper.writeValueAsString(part));
                });
        Flux<String> withHeartbeats = parts.publish(shared -> Flux.merge(shared,
                Flux.interval(Duration.ZERO, heartbeat).map(i -> HEARTBEAT)
                        .takeUntilOther(shared.then(Mono.just(true)))));
        AtomicBoolean first = new AtomicBoolean(true);
        return withHeartbeats
                .map(json -> (first.getAndSet(false) ? FIRST : NEXT) + json + DELIMITER)
                .concatWith(Mono.fromSupplier(() -> first.get() ? FIRST + HEARTBEAT + DELIMITER + "--\r\n" : "--\r\n"));
    }
}
