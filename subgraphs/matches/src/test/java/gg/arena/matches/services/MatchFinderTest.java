package gg.arena.matches.services;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Region;
import gg.arena.matches.domain.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchFinderTest {

    private static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void pairsWithinTheBandAndLeavesTheOutlier() {
        List<MatchmakingTicket> queued = List.of(t("a", 1500, 0), t("b", 2200, 1), t("c", 1580, 2));
        List<List<MatchmakingTicket>> groups = MatchFinder.groups(queued, 2, t -> 100);
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst()).extracting(MatchmakingTicket::id).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void everyMemberMustAcceptEveryOther() {
        // b accepts a (band 300), but a's band of 100 does not reach b.
        List<MatchmakingTicket> queued = List.of(t("a", 1500, 0), t("b", 1700, 1));
        assertThat(MatchFinder.groups(queued, 2, t -> t.id().equals("a") ? 100 : 300)).isEmpty();
        assertThat(MatchFinder.groups(queued, 2, t -> 200)).hasSize(1);
    }

    @Test
    void theOldestTicketIsPlacedFirstInTheTightestWindow() {
        List<MatchmakingTicket> queued = List.of(t("old", 1500, 0), t("near", 1510, 1), t("far", 1590, 2), t("x", 1595, 3));
        List<List<MatchmakingTicket>> groups = MatchFinder.groups(queued, 2, t -> 100);
        assertThat(groups.getFirst()).extracting(MatchmakingTicket::id).containsExactlyInAnyOrder("old", "near");
        assertThat(groups.get(1)).extracting(MatchmakingTicket::id).containsExactlyInAnyOrder("far", "x");
    }

    @Test
    void tenOfTwelveFormOneGroupOfTen() {
        List<MatchmakingTicket> queued = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            queued.add(t("p" + i, 1400 + i * 10, i));
        }
        List<List<MatchmakingTicket>> groups = MatchFinder.groups(queued, GameMode.TEAM_DEATHMATCH.players(), t -> 100);
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst()).hasSize(10).extracting(MatchmakingTicket::id).contains("p0");
    }

    @Test
    void tooFewTicketsFormNothing() {
        assertThat(MatchFinder.groups(List.of(t("a", 1500, 0)), 2, t -> 600)).isEmpty();
    }

    private static MatchmakingTicket t(String id, int rating, int secondsAfterStart) {
        return new MatchmakingTicket(id, "p-" + id, GameMode.DUEL, Region.EU, rating, TicketStatus.QUEUED,
                T0.plusSeconds(secondsAfterStart), null);
    }
}
