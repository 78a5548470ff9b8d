package gg.arena.subgraph.events;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code arena.events.*}: which event bus carries domain events to subscriptions.
 *
 * @param bus {@code in-process} (default: events reach only this instance's subscribers) or
 *     {@code redis} (Redis pub/sub: every instance's subscribers get every event; also chosen by
 *     the {@code redis} profile). Any other value fails start-up.
 * @param bufferSize undelivered events one subscription may hold (1..65536, default 256). When a
 *     subscriber is slower than its publishers and the buffer is full, the OLDEST buffered event
 *     is dropped (and counted in {@link EventBus#droppedEvents()}): a live feed prefers the news,
 *     and a publisher never waits for a slow client.
 * @param redisChannelPrefix prefix of the Redis channel of each topic (default {@code arena:events:}),
 *     so several deployments or test runs can share one Redis.
 */
@ConfigurationProperties("arena.events")
public record EventsProperties(
        @DefaultValue("in-process") String bus,
        @DefaultValue("256") int bufferSize,
        @DefaultValue("arena:events:") String redisChannelPrefix) {

    public static final String IN_PROCESS = "in-process";
    public static final String REDIS = "redis";

    public EventsProperties {
        if (!IN_PROCESS.equals(bus) && !REDIS.equals(bus)) {
            throw new IllegalArgumentException(
                    "arena.events.bus must be '" + IN_PROCESS + "' or '" + REDIS + "', got '" + bus + "'");
        }
        if (bufferSize < 1 || bufferSize > 65_536) {
            throw new IllegalArgumentException("arena.events.buffer-size must be 1..65536, got " + bufferSize);
        }
        if (redisChannelPrefix == null) {
            redisChannelPrefix = "";
        }
    }
}
