package gg.arena.bench.subscriptions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/** A run's figures: as JSON (for keeping) and as a short human summary. */
record LoadReport(LoadOptions options, String runId, Instant started, Instant finished, String loadBefore,
                  String loadAfter, double connectSeconds, int live, double armSeconds,
                  SubscriptionLoad.Publishing publishing, long expected, long delivered, long lost, long deliveredOfFailed,
                  boolean allClosed, Tally tally, List<ProcessSampler.Usage> processes) {

    /** Every subscription live, nothing lost, nothing twice, nothing misrouted, no errors in payloads. */
    boolean complete() {
        return live == options.subscriptions() && lost == 0 && tally.duplicates.sum() == 0
                && tally.misrouted.sum() == 0 && tally.deliveriesWithErrors.sum() == 0
                && publishing.failed().sum() == 0 && tally.closedByServer.get() == 0
                && delivered == expected;
    }

    String json(JsonMapper json) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("label", options.label());
        root.put("run", runId);
        root.put("started", started.toString());
        root.put("finished", finished.toString());
        root.put("loadAverageBefore", loadBefore);
        root.put("loadAverageAfter", loadAfter);
        root.put("cpus", Runtime.getRuntime().availableProcessors());
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("ws", options.ws().toString());
        setup.put("http", options.http().toString());
        setup.put("loginHttp", options.loginHttp().toString());
        setup.put("connections", options.connections());
        setup.put("subscriptionsPerConnection", options.perConnection());
        setup.put("channels", options.channels());
        setup.put("ratePerSecond", options.rate());
        setup.put("durationSeconds", options.duration().toMillis() / 1000.0);
        setup.put("publishers", options.publishers());
        setup.put("selection", options.fields());
        root.put("setup", setup);

        Map<String, Object> conns = new LinkedHashMap<>();
        conns.put("requested", options.connections());
        conns.put("acknowledged", tally.acked.get());
        conns.put("failedToConnect", tally.connectFailures.get());
        conns.put("closedByServer", tally.closedByServer.get());
        conns.put("closeCodes", tally.closeCodes());
        conns.put("secondsToAcknowledgeAll", round(connectSeconds));
        conns.put("allClosedCleanlyAtEnd", allClosed);
        root.put("connections", conns);

        Map<String, Object> subs = new LinkedHashMap<>();
        subs.put("requested", options.subscriptions());
        subs.put("live", live);
        subs.put("errors", tally.subscriptionErrors.sum());
        subs.put("completedByServer", tally.completedByServer.sum());
        subs.put("secondsUntilAllLive", round(armSeconds));
        subs.put("warmUpDeliveries", tally.warmUpReceipts.sum());
        root.put("subscriptions", subs);

        Map<String, Object> pub = new LinkedHashMap<>();
        pub.put("planned", options.messages());
        pub.put("published", publishing.ok().sum());
        pub.put("failed", publishing.failed().sum());
        pub.put("seconds", round(publishing.seconds()));
        pub.put("achievedRatePerSecond", round(options.messages() / Math.max(publishing.seconds(), 1e-9)));
        pub.put("maxScheduleLagMs", round(publishing.maxLagMicros().get() / 1000.0));
        pub.put("mutationRoundTripMs", percentiles(publishing.postMicros()));
        root.put("publishing", pub);

        Map<String, Object> del = new LinkedHashMap<>();
        del.put("expected", expected);
        del.put("delivered", delivered);
        del.put("lost", lost);
        del.put("duplicates", tally.duplicates.sum());
        del.put("misrouted", tally.misrouted.sum());
        del.put("withGraphQlErrors", tally.deliveriesWithErrors.sum());
        del.put("toSubscriptionsNotYetLive", tally.beforeArmed.sum());
        del.put("ofFailedPublishes", deliveredOfFailed);
        del.put("foreign", tally.foreignMessages.sum());
        root.put("deliveries", del);

        // every first receipt of a measured message, also of posts whose answer failed or timed out
        root.put("latencyMs", percentiles(tally.latencyMicros));

        Map<String, Object> procs = new LinkedHashMap<>();
        for (ProcessSampler.Usage u : processes) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("pid", u.pid());
            p.put("aliveAtEnd", u.alive());
            p.put("vmHwmMiB", round(u.vmHwmKb() / 1024.0));
            p.put("vmRssPeakSampledMiB", round(u.vmRssPeakKb() / 1024.0));
            p.put("vmRssAtEndMiB", round(u.vmRssLastKb() / 1024.0));
            p.put("cpuSecondsDuringRun", round(u.cpuSeconds()));
            p.put("samples", u.samples());
            procs.put(u.name(), p);
        }
        root.put("processes", procs);
        root.put("errors", tally.errors());
        root.put("complete", complete());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    String summary() {
        Histogram h = tally.latencyMicros;
        StringBuilder out = new StringBuilder();
        out.append("== subscription load").append(options.label().isEmpty() ? "" : " — " + options.label()).append(" ==\n");
        out.append(String.format("connections   %d/%d acknowledged (%.1f s), %d failed to connect, %d closed by the server %s%n",
                tally.acked.get(), options.connections(), connectSeconds, tally.connectFailures.get(),
                tally.closedByServer.get(), tally.closeCodes().isEmpty() ? "" : tally.closeCodes()));
        out.append(String.format("subscriptions %d/%d live (%.1f s), %d errors, %d completed by the server%n",
                live, options.subscriptions(), armSeconds, tally.subscriptionErrors.sum(), tally.completedByServer.sum()));
        out.append(String.format("published     %d/%d at %.1f/s over %d channels (%d failed, max schedule lag %.1f ms, "
                        + "mutation p50 %.1f ms p99 %.1f ms)%n",
                publishing.ok().sum(), options.messages(), options.messages() / Math.max(publishing.seconds(), 1e-9),
                options.channels(), publishing.failed().sum(), publishing.maxLagMicros().get() / 1000.0,
                ms(publishing.postMicros(), 50), ms(publishing.postMicros(), 99)));
        out.append(String.format("deliveries    %d/%d expected, %d lost, %d duplicates, %d misrouted, %d with errors%n",
                delivered, expected, lost, tally.duplicates.sum(), tally.misrouted.sum(),
                tally.deliveriesWithErrors.sum()));
        out.append(String.format("latency       p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  p99.9 %.1f ms  max %.1f ms (publish → client)%n",
                ms(h, 50), ms(h, 90), ms(h, 99), ms(h, 99.9), h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1000.0));
        for (ProcessSampler.Usage u : processes) {
            out.append(String.format("%-13s pid %d: peak RSS (VmHWM) %.0f MiB, sampled VmRSS peak %.0f MiB, CPU %.1f s%s%n",
                    u.name(), u.pid(), u.vmHwmKb() / 1024.0, u.vmRssPeakKb() / 1024.0, u.cpuSeconds(),
                    u.alive() ? "" : " (gone before the end)"));
        }
        out.append("load average  before ").append(loadBefore).append(" / after ").append(loadAfter).append('\n');
        if (!tally.errors().isEmpty()) {
            out.append("errors:\n");
            tally.errors().forEach((k, v) -> out.append("  ").append(v).append(" × ").append(k).append('\n'));
        }
        out.append(complete() ? "complete: every subscription live, every delivery exactly once\n"
                : "INCOMPLETE: see the figures above\n");
        return out.toString();
    }

    private static Map<String, Object> percentiles(Histogram h) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("count", h.getTotalCount());
        p.put("p50", round(ms(h, 50)));
        p.put("p90", round(ms(h, 90)));
        p.put("p99", round(ms(h, 99)));
        p.put("p999", round(ms(h, 99.9)));
        p.put("max", round(h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1000.0));
        p.put("mean", round(h.getTotalCount() == 0 ? 0 : h.getMean() / 1000.0));
        return p;
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
