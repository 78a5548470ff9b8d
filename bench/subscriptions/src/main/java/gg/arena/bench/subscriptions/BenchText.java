package gg.arena.bench.subscriptions;

/**
 * The chat text a run publishes: which run, whether it is a warm-up or a measured message, its
 * sequence number and its publish time ({@link System#nanoTime()} of this process, which both
 * publishes and receives, so no clocks have to agree). Anything else on the channel is ignored.
 *
 * @param run    the run's id (a channel may outlive a run on a long-lived server)
 * @param warmUp a warm-up message, sent until every subscription has proved it is live
 * @param seq    measured: 0-based sequence number; warm-up: the round
 * @param nanos  publish time, {@link System#nanoTime()}
 */
public record BenchText(String run, boolean warmUp, long seq, long nanos) {

    private static final String PREFIX = "load ";

    public String encode() {
        return PREFIX + run + (warmUp ? " w " : " m ") + seq + " " + nanos;
    }

    /** The marker in a received text, or null when the text is not one of ours (of this run). */
    public static BenchText decode(String text, String run) {
        if (text == null || !text.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = text.split(" ");
        if (parts.length != 5 || !parts[1].equals(run) || !(parts[2].equals("w") || parts[2].equals("m"))) {
            return null;
        }
        try {
            return new BenchText(run, parts[2].equals("w"), Long.parseLong(parts[3]), Long.parseLong(parts[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
