package gg.arena.matches.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The matchFound and matchEvents subscriptions ({@code arena.matches.live.*}).
 *
 * @param recheckInterval how often a subscription also reads its ticket or match from the database,
 *     first right after it starts listening; catches an outcome whose bus event it could not have
 *     received (it happened just before the subscription listened, or on another instance while the
 *     bus was down) (default 10s)
 * @param relayCapacity live match events waiting to be published (1..1000000, default 10000); the
 *     tick server only appends to this queue, and events beyond it are dropped and counted rather than
 *     slowing a match down
 */
@ConfigurationProperties("arena.matches.live")
public record LiveProperties(
        @DefaultValue("10s") Duration recheckInterval,
        @DefaultValue("10000") int relayCapacity) {

    public LiveProperties {
        if (recheckInterval == null || recheckInterval.isNegative() || recheckInterval.isZero()) {
            throw new IllegalArgumentException("arena.matches.live.recheck-interval must be positive");
        }
        if (relayCapacity < 1 || relayCapacity > 1_000_000) {
            throw new IllegalArgumentException("arena.matches.live.relay-capacity must be 1..1000000, got " + relayCapacity);
        }
    }
}
