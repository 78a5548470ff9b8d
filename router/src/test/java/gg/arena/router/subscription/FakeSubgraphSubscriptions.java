package gg.arena.router.subscription;

import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.subgraph.SubgraphException;
import gg.arena.router.subgraph.SubgraphSubscriptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The upstream seam as a test double: each {@code subscribe} is recorded as an {@link Upstream} the test drives
 * (events, {@code error}, {@code complete}) and whose cancellation it can wait for.
 */
final class FakeSubgraphSubscriptions implements SubgraphSubscriptions {
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final BlockingQueue<Upstream> calls = new LinkedBlockingQueue<>();

    /** One upstream subscription the router opened. */
    static final class Upstream {
        final String name;
        final String query;
        final Map<String, Object> variables;
        final RequestHeaders headers;
        private final Sinks.Many<Map<String, Object>> sink = Sinks.many().unicast().onBackpressureBuffer();
        private final CountDownLatch cancelled = new CountDownLatch(1);

        Upstream(String name, String query, Map<String, Object> variables, RequestHeaders headers) {
            this.name = name;
            this.query = query;
            this.variables = variables;
            this.headers = headers;
        }

        void next(Map<String, Object> payload) {
            sink.emitNext(payload, Sinks.EmitFailureHandler.busyLooping(PATIENCE));
        }

        void complete() {
            sink.emitComplete(Sinks.EmitFailureHandler.busyLooping(PATIENCE));
        }

        void fail(Throwable e) {
            sink.emitError(e, Sinks.EmitFailureHandler.busyLooping(PATIENCE));
        }

        void error(String message) {
            fail(new SubgraphException(name, message, null));
        }

        /** Waits until the router cancelled this subscription; false when it did not within the patience. */
        boolean awaitCancelled() throws InterruptedException {
            return cancelled.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        }

        boolean isCancelled() {
            return cancelled.getCount() == 0;
        }
    }

    @Override
    public Flux<Map<String, Object>> subscribe(String name, String query, Map<String, Object> variables,
                                               RequestHeaders headers) {
        Upstream u = new Upstream(name, query, variables, headers);
        calls.add(u);
        return u.sink.asFlux().doOnCancel(u.cancelled::countDown);
    }

    /** The next upstream subscription the router opens; fails the test when none comes. */
    Upstream awaitSubscribe() throws InterruptedException {
        Upstream u = calls.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        if (u == null) {
            throw new AssertionError("the router opened no upstream subscription within " + PATIENCE);
        }
        return u;
    }

    /** Upstream subscriptions opened and not yet taken by {@link #awaitSubscribe()}. */
    int pending() {
        return calls.size();
    }

    @Override
    public void close() {
    }
}
