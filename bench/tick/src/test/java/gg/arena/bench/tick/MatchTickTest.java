package gg.arena.bench.tick;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarked tick does what it claims: 10 snapshots per tick, mostly deltas once acknowledged. */
class MatchTickTest {

    @Test
    void aTickEncodesOneSnapshotPerPlayerWithinTheDatagramLimit() {
        MatchTick match = new MatchTick(10, 1);
        int first = match.tick();
        assertThat(first).isGreaterThan(10 * 25).isLessThanOrEqualTo(10 * 1200);
        int later = 0;
        for (int i = 0; i < 100; i++) {
            later = match.tick();
        }
        assertThat(later).isPositive().isLessThanOrEqualTo(10 * 1200);
        assertThat(match.step()).isEqualTo(102);
    }
}
