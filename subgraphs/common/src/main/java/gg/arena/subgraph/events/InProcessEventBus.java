package gg.arena.subgraph.events;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * The default bus: events reach the subscribers of this JVM only. One multicast sink per topic
 * that has subscribers (created on the first subscription, removed with the last), so publishing
 * to a topic nobody listens to costs a map lookup.
 *
 * <p>Publishing never blocks on a subscriber: the sink hands the event to each subscription's
 * bounded buffer ({@link BoundedDelivery}) and returns. Emissions to one topic are serialised by
 * a short lock around that hand-off, because a Reactor sink rejects concurrent emitters.
 */
public final class InProcessEventBus implements EventBus {

    private final ConcurrentHashMap<String, Topic> topics = new ConcurrentHashMap<>();
    private final BoundedDelivery delivery;

    public InProcessEventBus(int bufferSize, Scheduler scheduler) {
        this.delivery = new BoundedDelivery(bufferSize, scheduler);
    }

    @Override
    public void publish(String topic, Object event) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(event, "event");
        Topic t = topics.get(topic);
        if (t != null) {
            t.emit(event);
        }
    }

    @Override
    public <T> Flux<T> subscribe(String topic, Class<T> type) {
        Objects.requireNonNull(topic, "topic");
        Flux<T> events = Flux.defer(() -> {
            Topic t = topics.compute(topic, (name, existing) -> {
                Topic held = existing == null ? new Topic() : existing;
                held.references++;
                return held;
            });
            return t.sink.asFlux().ofType(type).doFinally(signal -> release(topic, t));
        });
        return delivery.apply(topic, events);
    }

    @Override
    public int subscriberCount(String topic) {
        Topic t = topics.get(topic);
        return t == null ? 0 : t.sink.currentSubscriberCount();
    }

    @Override
    public long droppedEvents() {
        return delivery.dropped();
    }

    private void release(String topic, Topic t) {
        topics.computeIfPresent(topic, (name, existing) -> {
            if (existing != t) {
                return existing;
            }
            return --existing.references == 0 ? null : existing;
        });
    }

    /** A topic's sink and how many subscriptions hold it (changed only inside the map's compute). */
    private static final class Topic {

        /** Best effort: a subscriber without demand misses the event; ours always have demand (the buffer). */
        final Sinks.Many<Object> sink = Sinks.many().multicast().directBestEffort();
        int references;

        synchronized void emit(Object event) {
            sink.tryEmitNext(event);
        }
    }
}
