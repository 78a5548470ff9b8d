package gg.arena.matches.services;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.config.MatchmakingProperties;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RatingBandTest {

    private final RatingBand band = new RatingBand(
            new MatchmakingProperties(100, 50, Duration.ofSeconds(5), 600, true, Duration.ofSeconds(1)));
    private final Instant t0 = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void startsAtHundredAndWidensByFiftyPerFiveSeconds() {
        assertThat(band.at(t0, t0)).isEqualTo(100);
        assertThat(band.at(t0, t0.plusMillis(4999))).isEqualTo(100);
        assertThat(band.at(t0, t0.plusSeconds(5))).isEqualTo(150);
        assertThat(band.at(t0, t0.plusSeconds(27))).isEqualTo(350);
    }

    @Test
    void isCappedAtSixHundred() {
        assertThat(band.at(t0, t0.plus(Duration.ofMinutes(10)))).isEqualTo(600);
    }

    @Test
    void aClockBehindTheTicketDoesNotNarrowIt() {
        assertThat(band.at(t0, t0.minusSeconds(30))).isEqualTo(100);
    }
}
