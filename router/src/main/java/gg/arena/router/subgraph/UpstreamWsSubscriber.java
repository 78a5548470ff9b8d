package gg.arena.router.subgraph;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * One router-side subscriber of a shared upstream subscription, with its own bounded queue.
 *
 * <p>Policy for a slow subscriber: events wait in a queue of at most {@code buffer} entries until the subscriber
 * asks for them; when the queue is full the subscriber is ended with a {@link SubgraphException} ("fell behind")
 * and leaves, while the upstream subscription and its other subscribers go on. Dropping events silently would
 * hand a chat or a wallet stream with holes to a client that cannot tell; an error lets it subscribe again.
 */
final class UpstreamWsSubscriber {
    private final Sinks.Many<Map<String, Object>> sink;
    private final int buffer;
    private final String subgraph;
    /** The shared subscription this subscriber is in; guarded by the owning {@link WebSocketSubgraphSubscriptions}. */
    UpstreamWsSubscription upstream;
    private boolean ended;

    UpstreamWsSubscriber(String subgraph, int buffer) {
        this.subgraph = subgraph;
        this.buffer = buffer;
        this.sink = Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(buffer));
    }

    String subgraph() {
        return subgraph;
    }

    Flux<Map<String, Object>> flux() {
        return sink.asFlux();
    }

    /**
     * Queues one event; false when this subscriber's queue was full, in which case it has been ended with an
     * error and must leave.
     */
    synchronized boolean next(Map<String, Object> payload) {
        if (ended) {
            return true;
        }
        Sinks.EmitResult r = sink.tryEmitNext(payload);
        if (r == Sinks.EmitResult.FAIL_OVERFLOW) {
            ended = true;
            sink.tryEmitError(new SubgraphException(subgraph,
                    "subscriber fell more than " + buffer + " events behind the subgraph", null));
            return false;
        }
        return true;
    }

    synchronized void error(SubgraphException e) {
        if (!ended) {
            ended = true;
            sink.tryEmitError(e);
        }
    }

    synchronized void complete() {
        if (!ended) {
            ended = true;
            sink.tryEmitComplete();
        }
    }
}
