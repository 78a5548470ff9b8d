package gg.arena.subgraph.events;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link EventBus}: Redis when {@code arena.events.bus=redis} or the {@code redis} profile is
 * active (connection from {@code spring.data.redis.*}), otherwise in-process. Declare an
 * {@code EventBus} bean to replace it.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    /** Delivers events to subscribers; bounded, so it is safe to block briefly on a WebSocket write. */
    @Bean(destroyMethod = "dispose")
    @ConditionalOnMissingBean(name = "arenaEventsScheduler")
    public Scheduler arenaEventsScheduler() {
        return Schedulers.newBoundedElastic(Schedulers.DEFAULT_BOUNDED_ELASTIC_SIZE,
                Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "arena-events");
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisBusCondition.class)
    static class Redis {

        @Bean
        @ConditionalOnMissingBean(EventBus.class)
        public EventBus redisEventBus(ReactiveRedisConnectionFactory connections, ObjectProvider<JsonMapper> json,
                EventsProperties properties, Scheduler arenaEventsScheduler) {
            return new RedisEventBus(connections, json.getIfAvailable(() -> JsonMapper.builder().build()),
                    properties.redisChannelPrefix(), properties.bufferSize(), arenaEventsScheduler);
        }
    }

    @Bean
    @ConditionalOnMissingBean(EventBus.class)
    public EventBus inProcessEventBus(EventsProperties properties, Scheduler arenaEventsScheduler) {
        return new InProcessEventBus(properties.bufferSize(), arenaEventsScheduler);
    }
}
