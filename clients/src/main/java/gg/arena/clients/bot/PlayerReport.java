package gg.arena.clients.bot;

import java.util.List;

/** What one bot player measured; {@code failure} is null when it connected and played. */
record PlayerReport(String player, String matchId, boolean connected, double seconds, int serverTickRate,
                    long snapshotsReceived, long lateSnapshots, long undecodableSnapshots, long rejectedPackets,
                    long bytesDown, long bytesUp, List<Long> rttNanos, String disconnectReason, String failure) {

    static PlayerReport failed(String player, String matchId, String failure) {
        return new PlayerReport(player, matchId, false, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), null, failure);
    }

    /** Snapshots the server sent at its tick rate over the time played that did not arrive. */
    long missedSnapshots() {
        long expected = (long) Math.floor(seconds * serverTickRate);
        return Math.max(0, expected - snapshotsReceived);
    }
}
