package gg.arena.subgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class InProcessEventBusTest {

    record Ping(int n) {}

    private final Scheduler scheduler = Schedulers.newSingle("test-events");
    private final InProcessEventBus bus = new InProcessEventBus(4, scheduler);

    @AfterEach
    void stop() {
        scheduler.dispose();
    }

    @Test
    void subscribersOfATopicGetItsEventsAndNoOthers() {
        Flux<Ping> a1 = bus.subscribe("a", Ping.class);
        Flux<Ping> a2 = bus.subscribe("a", Ping.class);
        Flux<Ping> b = bus.subscribe("b", Ping.class);
        var v1 = a1.take(2).collectList().toFuture();
        var v2 = a2.take(2).collectList().toFuture();
        var vb = b.take(1).collectList().toFuture();
        awaitSubscribers("a", 2);
        awaitSubscribers("b", 1);
        bus.publish("a", new Ping(1));
        bus.publish("b", new Ping(9));
        bus.publish("a", new Ping(2));
        assertThat(v1.join()).containsExactly(new Ping(1), new Ping(2));
        assertThat(v2.join()).containsExactly(new Ping(1), new Ping(2));
        assertThat(vb.join()).containsExactly(new Ping(9));
    }

    @Test
    void publishingWithoutSubscribersGoesNowhereAndTheLastSubscriberRemovesTheTopic() {
        bus.publish("nobody", new Ping(1));
        var received = bus.subscribe("t", Ping.class).take(1).collectList().toFuture();
        awaitSubscribers("t", 1);
        bus.publish("t", new Ping(7));
        assertThat(received.join()).containsExactly(new Ping(7));
        awaitSubscribers("t", 0);
        assertThat(bus.subscriberCount("t")).isZero();
    }

    @Test
    void aSubscriberThatDoesNotKeepUpLosesItsOldestEventsAndThePublisherNeverWaits() {
        StepVerifier.create(bus.subscribe("slow", Ping.class), 0)
                .then(() -> awaitSubscribers("slow", 1))
                .then(() -> IntStream.rangeClosed(1, 100).forEach(n -> bus.publish("slow", new Ping(n))))
                .thenRequest(Long.MAX_VALUE)
                // the hand-off to the delivering worker took the first events; the buffer kept the newest 4
                .expectNextSequence(IntStream.rangeClosed(1, BoundedDelivery.HANDOFF).mapToObj(Ping::new).toList())
                .expectNextSequence(List.of(new Ping(97), new Ping(98), new Ping(99), new Ping(100)))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
        assertThat(bus.droppedEvents()).isEqualTo(100 - BoundedDelivery.HANDOFF - 4);
    }

    @Test
    void eventsOfAnotherTypeOnTheTopicAreSkipped() {
        var received = bus.subscribe("mixed", Ping.class).take(1).collectList().toFuture();
        awaitSubscribers("mixed", 1);
        bus.publish("mixed", "not a ping");
        bus.publish("mixed", new Ping(3));
        assertThat(received.join()).containsExactly(new Ping(3));
    }

    private void awaitSubscribers(String topic, int count) {
        Awaitility.await("topic " + topic + " with " + count + " subscribers").atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> bus.subscriberCount(topic) == count);
    }
}
