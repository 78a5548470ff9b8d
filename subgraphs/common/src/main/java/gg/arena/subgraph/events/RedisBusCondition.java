package gg.arena.subgraph.events;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code arena.events.bus=redis} or the {@code redis} profile is active. */
final class RedisBusCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        if (EventsProperties.REDIS.equals(context.getEnvironment().getProperty("arena.events.bus"))) {
            return ConditionOutcome.match("arena.events.bus=redis");
        }
        if (context.getEnvironment().acceptsProfiles(Profiles.of("redis"))) {
            return ConditionOutcome.match("profile 'redis' is active");
        }
        return ConditionOutcome.noMatch("neither arena.events.bus=redis nor the 'redis' profile");
    }
}
