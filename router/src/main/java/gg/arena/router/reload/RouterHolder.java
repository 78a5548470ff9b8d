package gg.arena.router.reload;

import gg.arena.router.GraphQLRequest;
import gg.arena.router.GraphQLResponse;
import gg.arena.router.Router;
import gg.arena.router.subgraph.RequestHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Hands out the current {@link Router}. A request runs start to end on the snapshot that was current when it began
 * ({@link #use}); {@link #swap} makes a new snapshot current for the requests after it and closes the old one's
 * subgraph client once its last request has finished.
 */
public final class RouterHolder implements AutoCloseable {
    private final AtomicReference<RouterSnapshot> current;

    public RouterHolder(RouterSnapshot initial) {
        this.current = new AtomicReference<>(initial);
    }

    /** A holder that never swaps, for a router used as a library. */
    public static RouterHolder fixed(Router router) {
        return new RouterHolder(new RouterSnapshot(null, router, () -> { }));
    }

    /** The snapshot serving new requests now. */
    public RouterSnapshot current() {
        return current.get();
    }

    /** Runs {@code work} on the current router; the snapshot stays open until the returned Mono terminates. */
    public <T> Mono<T> use(Function<Router, Mono<T>> work) {
        return Mono.usingWhen(Mono.fromSupplier(this::acquire), s -> work.apply(s.router()),
                s -> Mono.fromRunnable(s::release));
    }

    /** Like {@link #use} for a stream (e.g. a subscription): the snapshot stays open until the stream ends. */
    public <T> Flux<T> useMany(Function<Router, Flux<T>> work) {
        return Flux.usingWhen(Mono.fromSupplier(this::acquire), s -> work.apply(s.router()),
                s -> Mono.fromRunnable(s::release));
    }

    /** {@link Router#execute} on the current router. */
    public Mono<GraphQLResponse> execute(GraphQLRequest request, RequestHeaders headers, boolean allowMutation,
                                         boolean includePlan) {
        return use(r -> r.execute(request, headers, allowMutation, includePlan));
    }

    /** Makes {@code next} current; the previous snapshot closes after its last request. Returns the previous one. */
    public RouterSnapshot swap(RouterSnapshot next) {
        RouterSnapshot previous = current.getAndSet(next);
        previous.release();
        return previous;
    }

    private RouterSnapshot acquire() {
        while (true) {
            RouterSnapshot s = current.get();
            if (s.retain()) {
                return s;
            }
            if (current.get() == s) {
                throw new IllegalStateException("the router is shut down");
            }
            // swapped and released between the read and retain(): the next read sees the new snapshot
        }
    }

    @Override
    public void close() {
        current.get().release();
    }
}
