package gg.arena.subgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which bus a service gets: in-process unless the property or the profile asks for Redis. */
class EventsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(DataRedisAutoConfiguration.class, DataRedisReactiveAutoConfiguration.class,
                    EventsAutoConfiguration.class));

    @Test
    void inProcessByDefault() {
        runner.run(context -> assertThat(context).getBean(EventBus.class).isInstanceOf(InProcessEventBus.class));
    }

    @Test
    void redisWithThePropertyOrTheProfile() {
        runner.withPropertyValues("arena.events.bus=redis")
                .run(context -> assertThat(context).getBean(EventBus.class).isInstanceOf(RedisEventBus.class));
        runner.withPropertyValues("spring.profiles.active=redis")
                .run(context -> assertThat(context).getBean(EventBus.class).isInstanceOf(RedisEventBus.class));
    }

    @Test
    void anUnknownBusOrBufferSizeFailsStartUp() {
        runner.withPropertyValues("arena.events.bus=kafka")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("arena.events.bus must be 'in-process' or 'redis'"));
        runner.withPropertyValues("arena.events.buffer-size=0")
                .run(context -> assertThat(context).hasFailed());
    }
}
