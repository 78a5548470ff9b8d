package gg.arena.bench.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The whole run against a loopback chat server, with and without delivery faults. */
@Timeout(120)
class SubscriptionLoadTest {

    // 5 connections × 4 subscriptions over 3 channels: 7, 7 and 6 subscribers; 50 messages.
    private static final int[] SUBSCRIBERS = {7, 7, 6};

    private static LoadOptions options(int port) {
        return LoadOptions.parse(new String[] {
                "--ws", "ws://127.0.0.1:" + port + "/graphql", "--http", "http://127.0.0.1:" + port + "/graphql",
                "--connections", "5", "--per-connection", "4", "--channels", "3", "--rate", "50", "--duration", "1",
                "--publishers", "2", "--arm-timeout", "20", "--drain", "2", "--connect-timeout", "20",
                "--pid", "self=" + ProcessHandle.current().pid()});
    }

    private static long expected(int messages) {
        long sum = 0;
        for (int seq = 0; seq < messages; seq++) {
            sum += SUBSCRIBERS[seq % 3];
        }
        return sum;
    }

    @Test
    void everyDeliveryCountedOnceWhenNothingGoesWrong() throws Exception {
        try (FakeChatServer server = new FakeChatServer(seq -> false, seq -> false)) {
            LoadReport report = new SubscriptionLoad(options(server.port())).run();

            assertThat(report.live()).isEqualTo(20);
            assertThat(report.publishing().ok().sum()).isEqualTo(50);
            assertThat(report.expected()).isEqualTo(expected(50));
            assertThat(report.delivered()).isEqualTo(expected(50));
            assertThat(report.tally().latencyMicros.getTotalCount()).isEqualTo(expected(50));
            assertThat(report.lost()).isZero();
            assertThat(report.tally().duplicates.sum()).isZero();
            assertThat(report.complete()).isTrue();
            assertThat(report.processes()).filteredOn(u -> u.name().equals("self")).singleElement()
                    .satisfies(u -> assertThat(u.vmHwmKb()).isPositive());
        }
    }

    @Test
    void droppedAndRepeatedMessagesAreCountedPerSubscriber() throws Exception {
        // seq 10 is on channel 1 (7 subscribers), seq 11 on channel 2 (6 subscribers)
        try (FakeChatServer server = new FakeChatServer(seq -> seq == 10, seq -> seq == 11)) {
            LoadReport report = new SubscriptionLoad(options(server.port())).run();

            assertThat(report.live()).isEqualTo(20);
            assertThat(report.lost()).isEqualTo(7);
            assertThat(report.tally().duplicates.sum()).isEqualTo(6);
            assertThat(report.delivered()).isEqualTo(expected(50) - 7);
            assertThat(report.complete()).isFalse();
            assertThat(report.summary()).contains("7 lost, 6 duplicates").contains("INCOMPLETE");
        }
    }
}
