package gg.arena.bench.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchTextTest {

    @Test
    void roundTrips() {
        BenchText measured = new BenchText("abc", false, 42, 123456789L);
        BenchText warmUp = new BenchText("abc", true, 3, 7L);

        assertThat(BenchText.decode(measured.encode(), "abc")).isEqualTo(measured);
        assertThat(BenchText.decode(warmUp.encode(), "abc")).isEqualTo(warmUp);
    }

    @Test
    void ignoresOtherTextsAndOtherRuns() {
        assertThat(BenchText.decode("gg everyone", "abc")).isNull();
        assertThat(BenchText.decode(null, "abc")).isNull();
        assertThat(BenchText.decode(new BenchText("old", false, 1, 2).encode(), "abc")).isNull();
        assertThat(BenchText.decode("load abc m x 2", "abc")).isNull();
        assertThat(BenchText.decode("load abc q 1 2", "abc")).isNull();
    }
}
