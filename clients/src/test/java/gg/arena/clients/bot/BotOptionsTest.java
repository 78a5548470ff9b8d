package gg.arena.clients.bot;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BotOptionsTest {

    @Test
    void parsesEveryOption() {
        BotOptions o = BotOptions.parse("--players-url", "http://a/graphql", "--matches-url", "http://b/graphql",
                "--matches", "3", "--players", "10", "--duration", "1.5", "--tick-rate", "60", "--loss-up", "0.1",
                "--loss-down", "0.2", "--first-player", "11", "--region", "ASIA");
        assertThat(o.playersUrl().getHost()).isEqualTo("a");
        assertThat(o.matchesUrl().getHost()).isEqualTo("b");
        assertThat(o.players()).isEqualTo(30);
        assertThat(o.mode()).isEqualTo("FREE_FOR_ALL");
        assertThat(o.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(o.tickRate()).isEqualTo(60);
        assertThat(o.lossUp()).isEqualTo(0.1);
        assertThat(o.lossDown()).isEqualTo(0.2);
    }

    @Test
    void rejectsUnknownAndOutOfRangeOptions() {
        assertThatThrownBy(() -> BotOptions.parse("--speed", "9")).hasMessageContaining("unknown option --speed");
        assertThatThrownBy(() -> BotOptions.parse("--tick-rate", "200")).hasMessageContaining("10..128");
        assertThatThrownBy(() -> BotOptions.parse("--loss", "1")).hasMessageContaining("[0, 1)");
        assertThatThrownBy(() -> BotOptions.parse("--players", "3")).hasMessageContaining("DUEL");
        assertThatThrownBy(() -> BotOptions.parse("--first-player", "1000")).hasMessageContaining("demo players");
    }

    @Test
    void demoPlayersMatchTheSeedRulesAndComeOrderedByRating() {
        assertThat(DemoPlayers.handle(1)).isEqualTo("brave_fox_1");
        List<Integer> picked = DemoPlayers.pick(1, 20);
        assertThat(picked).hasSize(20).doesNotHaveDuplicates();
        for (int i = 1; i < picked.size(); i++) {
            assertThat(DemoPlayers.rating(picked.get(i))).isGreaterThanOrEqualTo(DemoPlayers.rating(picked.get(i - 1)));
        }
    }

    /** Regression: players picked from a range of indices could be too far apart in rating to be matched. */
    @Test
    void aPickedGroupFitsTheMatchmakersNarrowestBand() {
        for (int first : new int[] {1, 500, 991}) {
            List<Integer> picked = DemoPlayers.pick(first, 10);
            int spread = DemoPlayers.rating(picked.getLast()) - DemoPlayers.rating(picked.getFirst());
            assertThat(spread).as("rating spread of the 10 players from position %d", first).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> sorted = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(BotSummary.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(BotSummary.percentile(sorted, 0.99)).isEqualTo(10);
        assertThat(BotSummary.percentile(List.of(), 0.5)).isEqualTo(-1);
    }
}
