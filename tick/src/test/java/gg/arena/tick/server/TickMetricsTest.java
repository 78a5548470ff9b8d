package gg.arena.tick.server;

import gg.arena.tick.wire.RejectReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TickMetricsTest {

    @Test
    void tickPercentilesByMicrosecond() {
        TickMetrics m = new TickMetrics();
        assertThat(m.tickMicrosPercentile(0.5)).isEqualTo(-1);
        for (int i = 0; i < 98; i++) {
            m.ticked(10_500, false); // 10.5 µs
        }
        m.ticked(300_000, false);
        m.ticked(9_000_000, true);
        assertThat(m.tickMicrosPercentile(0.5)).isEqualTo(11);
        assertThat(m.tickMicrosPercentile(0.99)).isEqualTo(301);
        assertThat(m.tickMicrosPercentile(1.0)).isEqualTo(4097);
        assertThat(m.missedTicks()).isEqualTo(1);
        assertThat(m.ticks()).isEqualTo(100);
    }

    @Test
    void dropsAreCountedByReason() {
        TickMetrics m = new TickMetrics();
        m.dropped(RejectReason.BAD_TAG);
        m.dropped(RejectReason.BAD_TAG);
        m.dropped(RejectReason.REPLAYED);
        assertThat(m.droppedCount(RejectReason.BAD_TAG)).isEqualTo(2);
        assertThat(m.droppedTotal()).isEqualTo(3);
        assertThat(m.droppedByReason()).containsEntry(RejectReason.REPLAYED, 1L).hasSize(2);
    }
}
