package gg.arena.subgraph.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gg.arena.subgraph.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void anOffsetCursorRoundTrips() {
        assertThat(Cursors.offsetOf("lb", Cursors.offset("lb", 42))).isEqualTo(42);
        assertThat(Cursors.offsetOf("lb", null)).isEqualTo(-1);
    }

    @Test
    void aCursorOfAnotherListIsRejected() {
        String cursor = Cursors.offset("chat", 3);
        assertThatThrownBy(() -> Cursors.offsetOf("lb", cursor))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code())
                .isEqualTo("INVALID_CURSOR");
    }

    @Test
    void garbageIsRejected() {
        assertThatThrownBy(() -> Cursors.decode("lb", "%%%")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void pageSizeOutsideOneToHundredIsRejected() {
        assertThat(PageSize.check(null, 20)).isEqualTo(20);
        assertThatThrownBy(() -> PageSize.check(0, 20)).hasMessageContaining("between 1 and 100");
        assertThatThrownBy(() -> PageSize.check(101, 20)).hasMessageContaining("between 1 and 100");
    }
}
