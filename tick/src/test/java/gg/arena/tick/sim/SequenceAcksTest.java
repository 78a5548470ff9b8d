package gg.arena.tick.sim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceAcksTest {

    @Test
    void bitIMeansNewestMinusOneMinusI() {
        SequenceAcks acks = new SequenceAcks(16);
        acks.received(10);
        acks.received(12);
        acks.received(11);
        acks.received(8);
        assertThat(acks.newest()).isEqualTo(12);
        // 11 -> bit 0, 10 -> bit 1, 9 missing -> bit 2 clear, 8 -> bit 3
        assertThat(acks.bits()).isEqualTo(0b1011);
        assertThat(acks.acknowledges(12, acks.bits(), 9)).isFalse();
        assertThat(acks.acknowledges(12, acks.bits(), 8)).isTrue();
        assertThat(acks.acknowledges(12, acks.bits(), 13)).isFalse();
    }

    @Test
    void wrapsAroundSixteenBits() {
        SequenceAcks acks = new SequenceAcks(16);
        acks.received(65_534);
        acks.received(65_535);
        acks.received(1);
        assertThat(acks.newest()).isEqualTo(1);
        // 0 missing (bit 0), 65535 -> bit 1, 65534 -> bit 2
        assertThat(acks.bits()).isEqualTo(0b110);
        acks.received(0);
        assertThat(acks.bits()).isEqualTo(0b111);
        assertThat(acks.acknowledges(1, acks.bits(), 65_534)).isTrue();
        assertThat(acks.acknowledges(1, acks.bits(), 65_533)).isFalse();
        // a late packet from before the wrap does not become the newest
        acks.received(65_000);
        assertThat(acks.newest()).isEqualTo(1);
    }

    @Test
    void aJumpOf32KeepsOnlyTheOldNewestAndMoreForgetsAll() {
        SequenceAcks acks = new SequenceAcks(16);
        acks.received(100);
        acks.received(99);
        acks.received(132);
        assertThat(acks.bits()).isEqualTo(1 << 31); // 100 = 132 - 1 - 31; 99 fell out
        SequenceAcks other = new SequenceAcks(16);
        other.received(100);
        other.received(133);
        assertThat(other.bits()).isZero();
    }

    @Test
    void inputTicksUseThirtyTwoBits() {
        SequenceAcks acks = new SequenceAcks(32);
        acks.received(0xFFFF_FFFFL);
        acks.received(0);
        assertThat(acks.newest()).isZero();
        assertThat(acks.bits()).isEqualTo(1);
    }
}
