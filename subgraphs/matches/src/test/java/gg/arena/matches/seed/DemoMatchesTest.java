package gg.arena.matches.seed;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.Participant;
import gg.arena.subgraph.demo.DemoWorld;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoMatchesTest {

    private static final Instant UNTIL = Instant.parse("2026-11-21T00:00:00Z");

    @Test
    void isTheSameOnEveryRun() {
        assertThat(DemoMatches.generate(UNTIL)).isEqualTo(DemoMatches.generate(UNTIL));
    }

    @Test
    void fiveThousandFinishedMatchesOverThePastSixtyDays() {
        List<Match> matches = DemoMatches.generate(UNTIL).matches();
        assertThat(matches).hasSize(DemoWorld.MATCHES);
        assertThat(matches.getFirst().id()).isEqualTo("m-00001");
        assertThat(matches.getLast().id()).isEqualTo("m-05000");
        assertThat(matches).allSatisfy(m -> {
            assertThat(m.startedAt()).isAfterOrEqualTo(UNTIL.minus(Duration.ofDays(60)));
            assertThat(m.endedAt()).isAfter(m.startedAt()).isBefore(UNTIL);
            assertThat(m.winningTeam()).isBetween(1, m.mode().teams());
        });
        assertThat(matches.stream().map(Match::mode).distinct()).containsExactlyInAnyOrder(GameMode.values());
    }

    @Test
    void playersAreDistinctAndFromTheMatchRegion() {
        DemoMatches.Generated world = DemoMatches.generate(UNTIL);
        Map<String, Match> byId = world.matches().stream().collect(Collectors.toMap(Match::id, Function.identity()));
        Map<String, List<Participant>> lines = world.participants().stream()
                .collect(Collectors.groupingBy(Participant::matchId));
        assertThat(lines).hasSize(DemoWorld.MATCHES);
        lines.forEach((matchId, ps) -> {
            Match match = byId.get(matchId);
            assertThat(ps).hasSize(match.mode().players());
            assertThat(ps.stream().map(Participant::playerId).distinct()).hasSize(ps.size());
            assertThat(ps).allSatisfy(p -> assertThat(DemoWorld.region(DemoWorld.playerIndex(p.playerId())))
                    .isEqualTo(match.region().name()));
            if (match.mode() == GameMode.TEAM_DEATHMATCH) {
                assertThat(ps.stream().filter(p -> p.team() == 1)).hasSize(5);
            }
        });
    }
}
