package gg.arena.clients.bot;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Aggregates the players' reports into the JSON the bot prints. */
final class BotSummary {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BotSummary() {
    }

    static ObjectNode of(BotOptions options, List<PlayerReport> reports) {
        List<Long> rtts = new ArrayList<>();
        long snapshots = 0;
        long missed = 0;
        long late = 0;
        long undecodable = 0;
        long rejected = 0;
        long down = 0;
        long up = 0;
        double playerSeconds = 0;
        int connected = 0;
        ArrayNode failures = JSON.createArrayNode();
        for (PlayerReport r : reports) {
            if (!r.connected()) {
                failures.add(JSON.createObjectNode().put("player", r.player()).put("match", r.matchId())
                        .put("failure", r.failure()));
                continue;
            }
            connected++;
            rtts.addAll(r.rttNanos());
            snapshots += r.snapshotsReceived();
            missed += r.missedSnapshots();
            late += r.lateSnapshots();
            undecodable += r.undecodableSnapshots();
            rejected += r.rejectedPackets();
            down += r.bytesDown();
            up += r.bytesUp();
            playerSeconds += r.seconds();
        }
        Collections.sort(rtts);
        ObjectNode out = JSON.createObjectNode();
        out.put("matches", options.matches()).put("playersPerMatch", options.playersPerMatch())
                .put("players", reports.size()).put("connected", connected)
                .put("tickRate", options.tickRate()).put("lossUp", options.lossUp()).put("lossDown", options.lossDown())
                .put("snapshotsReceived", snapshots).put("snapshotsMissed", missed).put("snapshotsLate", late)
                .put("snapshotsUndecodable", undecodable).put("rejectedPackets", rejected);
        ObjectNode rtt = out.putObject("inputAckRttMillis");
        rtt.put("samples", rtts.size()).put("p50", millis(percentile(rtts, 0.50))).put("p99", millis(percentile(rtts, 0.99)));
        double downRate = playerSeconds == 0 ? 0 : down / playerSeconds;
        double upRate = playerSeconds == 0 ? 0 : up / playerSeconds;
        out.put("downstreamBytesPerPlayerPerSecond", Math.round(downRate))
                .put("upstreamBytesPerPlayerPerSecond", Math.round(upRate))
                .put("downstreamKbitPerPlayer", Math.round(downRate * 8 / 100) / 10.0)
                .put("upstreamKbitPerPlayer", Math.round(upRate * 8 / 100) / 10.0);
        out.set("failures", failures);
        return out;
    }

    /** Nearest-rank percentile; -1 without samples. */
    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static double millis(long nanos) {
        return nanos < 0 ? -1 : Math.round(nanos / 10_000.0) / 100.0;
    }
}
