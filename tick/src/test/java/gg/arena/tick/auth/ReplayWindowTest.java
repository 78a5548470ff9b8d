package gg.arena.tick.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayWindowTest {

    @Test
    void aSequenceIsAcceptedOnce() {
        ReplayWindow w = new ReplayWindow();
        assertThat(w.checkAndAccept(0)).isTrue();
        assertThat(w.checkAndAccept(0)).isFalse();
        assertThat(w.checkAndAccept(5)).isTrue();
        assertThat(w.checkAndAccept(3)).isTrue();
        assertThat(w.checkAndAccept(3)).isFalse();
        assertThat(w.checkAndAccept(-1)).isFalse();
    }

    @Test
    void wrapsAroundItsSlotsAndForgetsNothingInsideTheWindow() {
        ReplayWindow w = new ReplayWindow();
        for (long s = 0; s < 1_000; s++) {
            assertThat(w.checkAndAccept(s)).isTrue();
        }
        for (long s = 1_000 - ReplayWindow.SIZE + 1; s < 1_000; s++) {
            assertThat(w.rejects(s)).as("replay of %d", s).isTrue();
        }
        assertThat(w.rejects(1_000 - ReplayWindow.SIZE)).as("too old to tell").isTrue();
        assertThat(w.rejects(0)).isTrue();
        assertThat(w.checkAndAccept(1_000)).isTrue();
    }

    @Test
    void outOfOrderPacketsInsideTheWindowAreAccepted() {
        ReplayWindow w = new ReplayWindow();
        assertThat(w.checkAndAccept(300)).isTrue();
        assertThat(w.checkAndAccept(45)).isTrue(); // 255 behind: still inside
        assertThat(w.checkAndAccept(44)).isFalse(); // 256 behind: outside
        assertThat(w.checkAndAccept(299)).isTrue();
        assertThat(w.checkAndAccept(45)).isFalse();
    }

    @Test
    void aJumpAheadDoesNotResurrectOldSlots() {
        ReplayWindow w = new ReplayWindow();
        assertThat(w.checkAndAccept(10)).isTrue();
        assertThat(w.checkAndAccept(10 + 4 * ReplayWindow.SIZE)).isTrue();
        assertThat(w.checkAndAccept(10)).isFalse();
        assertThat(w.checkAndAccept(10 + 3 * ReplayWindow.SIZE)).isFalse();
        assertThat(w.checkAndAccept(11 + 3 * ReplayWindow.SIZE)).isTrue();
    }
}
