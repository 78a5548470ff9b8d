package gg.arena.subgraph.events;

import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;

/**
 * The per-subscription buffer both buses put between publishers and a subscriber: the publisher
 * only appends to a bounded buffer (dropping its oldest entry when full) and a scheduler worker
 * drains it to the subscriber, so a slow WebSocket never slows a mutation down.
 */
final class BoundedDelivery {

    /** Events handed from the buffer to the delivering worker at a time (in flight beyond the buffer). */
    static final int HANDOFF = 16;

    private static final Logger log = LoggerFactory.getLogger(BoundedDelivery.class);

    private final int capacity;
    private final Scheduler scheduler;
    private final LongAdder dropped = new LongAdder();

    BoundedDelivery(int capacity, Scheduler scheduler) {
        this.capacity = capacity;
        this.scheduler = scheduler;
    }

    <T> Flux<T> apply(String topic, Flux<T> source) {
        return source
                .onBackpressureBuffer(capacity, lost -> {
                    dropped.increment();
                    log.debug("a subscriber of {} is {} events behind; dropped its oldest", topic, capacity);
                }, BufferOverflowStrategy.DROP_OLDEST)
                .publishOn(scheduler, HANDOFF);
    }

    long dropped() {
        return dropped.sum();
    }
}
