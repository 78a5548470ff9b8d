package gg.arena.players.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MatchResultsFeedBackoffTest {

    private static RatingsProperties.MatchResults settings(Duration initial, Duration max) {
        return new RatingsProperties.MatchResults(true, Duration.ofSeconds(5), initial, max, 100, Duration.ofSeconds(5), 32);
    }

    @Test
    void theBackoffDoublesFromTheInitialPauseUpToTheMaximum() {
        MatchResultsFeed feed = new MatchResultsFeed(null, null, null, settings(Duration.ofSeconds(1), Duration.ofSeconds(30)));
        assertThat(feed.backoffNanos(1)).isEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(feed.backoffNanos(2)).isEqualTo(Duration.ofSeconds(2).toNanos());
        assertThat(feed.backoffNanos(5)).isEqualTo(Duration.ofSeconds(16).toNanos());
        assertThat(feed.backoffNanos(6)).isEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(feed.backoffNanos(10_000)).isEqualTo(Duration.ofSeconds(30).toNanos());
    }

    @Test
    void settingsOutsideTheirRangesFailStartUp() {
        assertThatThrownBy(() -> settings(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .hasMessageContaining("max-backoff");
        assertThatThrownBy(() -> settings(Duration.ZERO, Duration.ofSeconds(1))).hasMessageContaining("positive");
        assertThatThrownBy(() -> new RatingsProperties.MatchResults(true, Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(30), 101, Duration.ofSeconds(5), 32)).hasMessageContaining("page-size");
    }
}
