package gg.arena.subgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.subgraph.testing.Redis;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** Two buses on two connections to a real Redis stand for two instances of a service. */
@EnabledIf("gg.arena.subgraph.testing.Redis#available")
class RedisEventBusTest {

    record Posted(String id, String text, Instant at) {}

    private final Scheduler scheduler = Schedulers.newBoundedElastic(4, 1000, "test-redis-events");
    private final String prefix = "arena:test:" + UUID.randomUUID() + ":";
    private final LettuceConnectionFactory connectionsA = connect();
    private final LettuceConnectionFactory connectionsB = connect();
    private final RedisEventBus a = new RedisEventBus(connectionsA, JsonMapper.builder().build(), prefix, 64, scheduler);
    private final RedisEventBus b = new RedisEventBus(connectionsB, JsonMapper.builder().build(), prefix, 64, scheduler);

    @AfterEach
    void stop() {
        a.destroy();
        b.destroy();
        connectionsA.destroy();
        connectionsB.destroy();
        scheduler.dispose();
    }

    @Test
    void anEventPublishedOnOneInstanceReachesSubscribersOnBoth() {
        var onB = b.subscribe("chat", Posted.class).take(1).collectList().toFuture();
        var onA = a.subscribe("chat", Posted.class).take(1).collectList().toFuture();
        var otherTopic = b.subscribe("elsewhere", Posted.class).take(1).collectList().toFuture();
        await(b, "chat");
        await(a, "chat");
        await(b, "elsewhere");

        Posted posted = new Posted("m-1", "hello from A", Instant.parse("2026-11-21T18:00:00.123Z"));
        a.publish("chat", posted);

        assertThat(onB.join()).containsExactly(posted);
        assertThat(onA.join()).containsExactly(posted);
        assertThat(otherTopic).isNotDone();
        assertThat(a.failedPublishes()).isZero();
        otherTopic.cancel(true);
    }

    @Test
    void aPayloadThatIsNotTheSubscribedTypeIsSkipped() {
        var onB = b.subscribe("typed", Posted.class).take(1).collectList().toFuture();
        await(b, "typed");
        a.publish("typed", "just a string");
        Posted posted = new Posted("m-2", "after the bad one", Instant.parse("2026-11-21T18:00:01Z"));
        a.publish("typed", posted);
        assertThat(onB.join()).containsExactly(posted);
    }

    private LettuceConnectionFactory connect() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(Redis.host(), Redis.port());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private static void await(EventBus bus, String topic) {
        Awaitility.await("a confirmed Redis subscription to " + topic).atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> bus.subscriberCount(topic) > 0);
    }
}
