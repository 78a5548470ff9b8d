package gg.arena.bench.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessSamplerTest {

    @Test
    void readsKilobyteFiguresOfStatus() {
        Map<String, Long> status = ProcessSampler.status("Name:\tjava\nVmHWM:\t  524288 kB\nVmRSS:\t  400000 kB\nThreads:\t40\n");

        assertThat(status).containsEntry("VmHWM", 524288L).containsEntry("VmRSS", 400000L).doesNotContainKey("Threads");
    }

    @Test
    void readsCpuTicksEvenWhenTheNameHasSpacesAndParentheses() {
        String stat = "1234 (my (odd) name) S 1 1234 1234 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 30 0 1000 0 0";

        assertThat(ProcessSampler.cpuTicks(stat)).isEqualTo(300);
    }

    @Test
    void samplesALiveProcessAndNotesAGoneOne() {
        try (ProcessSampler sampler = new ProcessSampler(
                Map.of("self", ProcessHandle.current().pid(), "gone", Long.MAX_VALUE / 2), 10)) {
            sampler.start();
            List<ProcessSampler.Usage> usage = sampler.stop();

            assertThat(usage).filteredOn(u -> u.name().equals("self")).singleElement().satisfies(u -> {
                assertThat(u.alive()).isTrue();
                assertThat(u.vmHwmKb()).isGreaterThanOrEqualTo(u.vmRssPeakKb()).isPositive();
            });
            assertThat(usage).filteredOn(u -> u.name().equals("gone")).singleElement()
                    .satisfies(u -> assertThat(u.alive()).isFalse());
        }
    }
}
