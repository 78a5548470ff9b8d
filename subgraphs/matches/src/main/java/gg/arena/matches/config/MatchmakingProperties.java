package gg.arena.matches.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Matchmaking settings ({@code arena.matchmaking.*}).
 *
 * @param initialBand rating distance a fresh ticket accepts, either way (default 100)
 * @param bandStep how much the band widens per {@code bandStepEvery} of waiting (default 50)
 * @param bandStepEvery waiting time per widening step (default 5s)
 * @param maxBand the band never widens beyond this (default 600)
 * @param sweepEnabled whether the scheduled sweep runs; enqueue forms matches either way (default true)
 * @param sweepInterval pause between two sweeps over every queue, so widened bands form matches
 *     without a new enqueue (default 1s)
 */
@ConfigurationProperties("arena.matchmaking")
public record MatchmakingProperties(
        @DefaultValue("100") int initialBand,
        @DefaultValue("50") int bandStep,
        @DefaultValue("5s") Duration bandStepEvery,
        @DefaultValue("600") int maxBand,
        @DefaultValue("true") boolean sweepEnabled,
        @DefaultValue("1s") Duration sweepInterval) {

    public MatchmakingProperties {
        if (initialBand < 0 || bandStep < 0 || maxBand < initialBand) {
            throw new IllegalArgumentException(
                    "arena.matchmaking: need 0 <= initial-band <= max-band and band-step >= 0");
        }
        if (bandStepEvery == null || bandStepEvery.isNegative() || bandStepEvery.isZero()) {
            throw new IllegalArgumentException("arena.matchmaking.band-step-every must be positive");
        }
        if (sweepInterval == null || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("arena.matchmaking.sweep-interval must be positive");
        }
    }
}
