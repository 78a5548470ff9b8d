package gg.arena.bench.subscriptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples other processes' memory and CPU from /proc: VmHWM (the kernel's own peak resident set,
 * exact however coarse the sampling), the highest VmRSS seen, and CPU seconds used between
 * {@link #start()} and {@link #stop()}. A process that is gone is reported as such, not as zero.
 */
public final class ProcessSampler implements AutoCloseable {

    /** What was seen of one process. */
    public record Usage(String name, long pid, boolean alive, long vmHwmKb, long vmRssPeakKb, long vmRssLastKb,
                        double cpuSeconds, long samples) {}

    private static final long CLOCK_TICKS = 100; // USER_HZ on Linux

    private final Map<String, Long> pids;
    private final long periodMillis;
    private final Map<String, long[]> state = new LinkedHashMap<>(); // hwm, rssPeak, rssLast, cpuStartTicks, cpuLastTicks, samples, alive
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "proc-sampler");
        t.setDaemon(true);
        return t;
    });

    public ProcessSampler(Map<String, Long> pids, long periodMillis) {
        this.pids = Map.copyOf(pids);
        this.periodMillis = periodMillis;
        pids.forEach((name, pid) -> state.put(name, new long[] {0, 0, 0, -1, -1, 0, 1}));
    }

    public void start() {
        sample();
        timer.scheduleAtFixedRate(this::sample, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    public synchronized List<Usage> stop() {
        timer.shutdownNow();
        sampleLocked();
        return pids.entrySet().stream().map(e -> {
            long[] s = state.get(e.getKey());
            double cpu = s[3] < 0 ? 0 : (s[4] - s[3]) / (double) CLOCK_TICKS;
            return new Usage(e.getKey(), e.getValue(), s[6] == 1, s[0], s[1], s[2], cpu, s[5]);
        }).toList();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private synchronized void sample() {
        sampleLocked();
    }

    private void sampleLocked() {
        pids.forEach((name, pid) -> {
            long[] s = state.get(name);
            try {
                Map<String, Long> status = status(Files.readString(Path.of("/proc", pid.toString(), "status")));
                long ticks = cpuTicks(Files.readString(Path.of("/proc", pid.toString(), "stat")));
                s[0] = Math.max(s[0], status.getOrDefault("VmHWM", 0L));
                long rss = status.getOrDefault("VmRSS", 0L);
                s[1] = Math.max(s[1], rss);
                s[2] = rss;
                if (s[3] < 0) {
                    s[3] = ticks;
                }
                s[4] = ticks;
                s[5]++;
            } catch (IOException | RuntimeException gone) {
                s[6] = 0;
            }
        });
    }

    /** The kB figures of /proc/PID/status (VmHWM, VmRSS, ...). */
    static Map<String, Long> status(String text) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.endsWith(" kB")) {
                String number = line.substring(colon + 1, line.length() - 3).strip();
                try {
                    values.put(line.substring(0, colon), Long.parseLong(number));
                } catch (NumberFormatException ignored) {
                    // not a figure
                }
            }
        }
        return values;
    }

    /** utime + stime of /proc/PID/stat, in clock ticks (fields 14 and 15; the name in field 2 may hold spaces). */
    static long cpuTicks(String stat) {
        String afterName = stat.substring(stat.lastIndexOf(')') + 2);
        String[] fields = afterName.split(" ");
        // afterName starts at field 3 (state), so field n is fields[n - 3]
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
