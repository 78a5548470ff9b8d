package gg.arena.subgraph.events;

import reactor.core.publisher.Flux;

/**
 * Where domain logic announces what happened (after its transaction committed) and where
 * subscriptions listen. A topic is a plain name such as {@code social.chat.global}; an event is
 * a record that Jackson can write and read (the Redis bus sends it as JSON).
 *
 * <p>Delivery is at most once and only to subscriptions that were listening when the event was
 * published: a subscription starts "from now", and a subscriber that cannot keep up loses its
 * oldest undelivered events (see {@link EventsProperties#bufferSize()}).
 */
public interface EventBus {

    /** Hands the event to every current subscriber of the topic; never waits for them. */
    void publish(String topic, Object event);

    /**
     * The events of a topic from the moment this Flux is subscribed, as {@code type}, delivered on
     * a scheduler of the bus (never on the publisher's thread). Cancel to stop listening.
     */
    <T> Flux<T> subscribe(String topic, Class<T> type);

    /**
     * Subscriptions of this instance that currently receive the topic's events (on Redis: those
     * whose channel subscription the server has confirmed). For health pages and for tests that
     * must not publish before a subscriber listens.
     */
    int subscriberCount(String topic);

    /** Events this instance's subscriptions dropped because they were full, since start. */
    long droppedEvents();
}
