package gg.arena.router.reload;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A swapped-out snapshot is closed only after the last request that started on it has finished. */
class RouterHolderTest {

    @Test
    void aReplacedSnapshotClosesAfterItsLastRequest() {
        AtomicBoolean oldClosed = new AtomicBoolean();
        AtomicBoolean newClosed = new AtomicBoolean();
        RouterSnapshot old = new RouterSnapshot(null, null, () -> oldClosed.set(true));
        RouterSnapshot next = new RouterSnapshot(null, null, () -> newClosed.set(true));
        RouterHolder holder = new RouterHolder(old);

        Sinks.One<String> slow = Sinks.one();
        Mono<String> running = holder.use(r -> slow.asMono());
        var result = running.toFuture();

        assertThat(holder.swap(next)).isSameAs(old);
        assertThat(holder.current()).isSameAs(next);
        assertThat(oldClosed).as("closed while a request still runs on it").isFalse();

        slow.tryEmitValue("done");
        assertThat(result.join()).isEqualTo("done");
        assertThat(oldClosed).isTrue();
        assertThat(old.closed()).isTrue();
        assertThat(newClosed).isFalse();

        holder.close();
        assertThat(newClosed).isTrue();
        assertThatThrownBy(() -> holder.use(r -> Mono.just(1)).block()).hasMessageContaining("shut down");
    }

    @Test
    void aSnapshotWithoutRequestsClosesAtTheSwap() {
        AtomicBoolean oldClosed = new AtomicBoolean();
        RouterHolder holder = new RouterHolder(new RouterSnapshot(null, null, () -> oldClosed.set(true)));
        assertThat(holder.use(r -> Mono.just("x")).block()).isEqualTo("x");
        holder.swap(new RouterSnapshot(null, null, () -> { }));
        assertThat(oldClosed).isTrue();
    }

    @Test
    void aCancelledRequestReleasesItsSnapshot() {
        AtomicBoolean oldClosed = new AtomicBoolean();
        RouterHolder holder = new RouterHolder(new RouterSnapshot(null, null, () -> oldClosed.set(true)));
        var subscription = holder.use(r -> Mono.never()).subscribe();
        holder.swap(new RouterSnapshot(null, null, () -> { }));
        assertThat(oldClosed).isFalse();
        subscription.dispose();
        assertThat(oldClosed).isTrue();
    }
}
