package gg.arena.tick.auth;

/**
 * Rejects packets received before: remembers the last 256 sequence numbers of one direction of one
 * connection. A sequence 256 or more behind the newest is too old to tell and is rejected too. Checked
 * after the tag, so a forged packet cannot move the window.
 */
public final class ReplayWindow {

    public static final int SIZE = 256;

    private final long[] received = new long[SIZE];
    private long newest = -1;

    public ReplayWindow() {
        java.util.Arrays.fill(received, -1);
    }

    /** Whether {@code sequence} must be dropped: negative, seen, or too old. */
    public boolean rejects(long sequence) {
        if (sequence < 0) {
            return true;
        }
        if (newest >= SIZE && sequence <= newest - SIZE) {
            return true;
        }
        return received[(int) (sequence & (SIZE - 1))] == sequence;
    }

    public void accept(long sequence) {
        if (sequence > newest) {
            newest = sequence;
        }
        received[(int) (sequence & (SIZE - 1))] = sequence;
    }

    /** Both steps: true when the packet is new (and now remembered). */
    public boolean checkAndAccept(long sequence) {
        if (rejects(sequence)) {
            return false;
        }
        accept(sequence);
        return true;
    }
}
