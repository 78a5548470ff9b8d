package gg.arena.tick.server;

import gg.arena.tick.wire.RejectReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TickMetricsTest {

    @Test
    void tickPercentilesByMicrosecond() {
        TickMetrics m = new TickMetrics();
        assertThat(m.tickMicrosPercentile(0.5)).isEqualTo(-1);
        long period = 33_333_333;
        for (int i = 0; i < 98; i++) {
            m.ticked(10_500, 20_000, period); // 10.5 µs, started 20 µs after its due time
        }
        m.ticked(300_000, 0, period);
        m.ticked(9_000_000, period + 1_000, period); // started more than a period late: missed
        assertThat(m.tickMicrosPercentile(0.5)).isEqualTo(11);
        assertThat(m.tickMicrosPercentile(0.99)).isEqualTo(301);
        // above 1 ms the buckets are 1/64 of a power of two wide: 9 ms is reported as under 9.04 ms
        assertThat(m.tickMicrosPercentile(1.0)).isBetween(9_000L, 9_000L * 65 / 64);
        assertThat(m.ticksAtLeastMicros(400)).isEqualTo(1);
        assertThat(m.startDelayMicrosPercentile(0.5)).isEqualTo(21);
        assertThat(m.missedTicks()).isEqualTo(1);
        m.skipped(4);
        assertThat(m.missedTicks()).isEqualTo(5);
        assertThat(m.lateTicks()).isEqualTo(1);
        assertThat(m.ticks()).isEqualTo(100);
    }

    @Test
    void histogramBucketsCoverEveryDurationInOrder() {
        long previous = 0;
        for (int i = 0; i < 1024 + 15 * 64; i++) {
            long edge = MicrosHistogram.upperEdge(i);
            assertThat(edge).isGreaterThan(previous);
            assertThat(MicrosHistogram.index(edge - 1)).isEqualTo(i);
            previous = edge;
        }
        assertThat(MicrosHistogram.index(Long.MAX_VALUE / 1000)).isEqualTo(1024 + 15 * 64 - 1);
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
