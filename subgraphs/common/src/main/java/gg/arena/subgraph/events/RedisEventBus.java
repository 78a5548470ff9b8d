package gg.arena.subgraph.events;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redis pub/sub: each topic is the channel {@code <prefix><topic>}, each event its JSON. Every
 * instance's subscribers receive every event, including the publishing instance's own (they come
 * back through Redis, so nobody gets an event twice). All subscriptions of an instance share one
 * Redis connection; publishing uses another.
 *
 * <p>Publishing is fire-and-forget: {@code PUBLISH} is sent asynchronously and a failure (Redis
 * down) is logged and counted, never thrown into the mutation that already committed. Redis
 * pub/sub itself is at most once: subscribers that were disconnected miss what was sent meanwhile.
 */
public final class RedisEventBus implements EventBus, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisEventBus.class);

    private final ReactiveStringRedisTemplate redis;
    private final ReactiveRedisMessageListenerContainer listeners;
    private final JsonMapper json;
    private final String prefix;
    private final BoundedDelivery delivery;
    private final ConcurrentHashMap<String, AtomicInteger> listening = new ConcurrentHashMap<>();
    private final LongAdder failedPublishes = new LongAdder();

    public RedisEventBus(ReactiveRedisConnectionFactory connections, JsonMapper json, String channelPrefix,
            int bufferSize, Scheduler scheduler) {
        this.redis = new ReactiveStringRedisTemplate(connections);
        this.listeners = new ReactiveRedisMessageListenerContainer(connections);
        this.json = json;
        this.prefix = channelPrefix;
        this.delivery = new BoundedDelivery(bufferSize, scheduler);
    }

    @Override
    public void publish(String topic, Object event) {
        Objects.requireNonNull(topic, "topic");
        String payload = json.writeValueAsString(Objects.requireNonNull(event, "event"));
        redis.convertAndSend(prefix + topic, payload).subscribe(receivers -> {}, failure -> {
            failedPublishes.increment();
            log.warn("could not publish an event to Redis channel {}{}: {} (the event is lost; check Redis at "
                    + "spring.data.redis.host/port)", prefix, topic, failure.toString());
        });
    }

    @Override
    public <T> Flux<T> subscribe(String topic, Class<T> type) {
        Objects.requireNonNull(topic, "topic");
        Flux<T> events = listeners.receiveLater(ChannelTopic.of(prefix + topic)).flatMapMany(messages -> {
            AtomicInteger count = listening.computeIfAbsent(topic, t -> new AtomicInteger());
            count.incrementAndGet();
            return messages.<T>handle((message, sink) -> {
                try {
                    sink.next(json.readValue(message.getMessage(), type));
                } catch (JacksonException e) {
                    log.warn("skipped an event on Redis channel {} that is not a {}: {}",
                            message.getChannel(), type.getSimpleName(), e.getOriginalMessage());
                }
            }).doFinally(signal -> count.decrementAndGet());
        });
        return delivery.apply(topic, events);
    }

    @Override
    public int subscriberCount(String topic) {
        AtomicInteger count = listening.get(topic);
        return count == null ? 0 : count.get();
    }

    @Override
    public long droppedEvents() {
        return delivery.dropped();
    }

    /** PUBLISH commands that failed since start (their events are lost). */
    public long failedPublishes() {
        return failedPublishes.sum();
    }

    @Override
    public void destroy() {
        listeners.destroy();
    }
}
