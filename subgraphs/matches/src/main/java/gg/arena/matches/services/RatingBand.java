package gg.arena.matches.services;

import gg.arena.matches.config.MatchmakingProperties;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** How far from its own rating a ticket accepts opponents: widens with waiting time, up to a cap. */
@Component
public class RatingBand {

    private final MatchmakingProperties properties;

    public RatingBand(MatchmakingProperties properties) {
        this.properties = properties;
    }

    /** The band (±) of a ticket enqueued at {@code enqueuedAt}, seen at {@code now}. */
    public int at(Instant enqueuedAt, Instant now) {
        long waitedMillis = Math.max(0, Duration.between(enqueuedAt, now).toMillis());
        long steps = waitedMillis / properties.bandStepEvery().toMillis();
        long band = properties.initialBand() + steps * properties.bandStep();
        return (int) Math.min(band, properties.maxBand());
    }
}
