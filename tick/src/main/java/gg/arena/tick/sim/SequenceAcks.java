package gg.arena.tick.sim;

/**
 * Acknowledgements as sent on the wire: the newest sequence received and a 32-bit field whose bit i says
 * whether sequence (newest - 1 - i) was received. Sequences are modulo 2^bits (16 for snapshot sequences,
 * 32 for input ticks) and compared across wrap-around: a sequence less than half the range ahead is newer.
 */
public final class SequenceAcks {

    private final long modulus;
    private long newest = -1;
    private int bits;

    public SequenceAcks(int sequenceBits) {
        if (sequenceBits < 8 || sequenceBits > 32) {
            throw new IllegalArgumentException("8..32 sequence bits");
        }
        this.modulus = 1L << sequenceBits;
    }

    /** Signed distance from {@code b} to {@code a} in sequence space: positive when a is newer. */
    public long distance(long a, long b) {
        long d = Math.floorMod(a - b, modulus);
        return d >= modulus / 2 ? d - modulus : d;
    }

    public void received(long sequence) {
        sequence = Math.floorMod(sequence, modulus);
        if (newest < 0) {
            newest = sequence;
            bits = 0;
            return;
        }
        long d = distance(sequence, newest);
        if (d > 0) {
            // Shift the older acknowledgements along; the previous newest becomes bit d-1.
            long shifted = d >= 32 ? 0 : ((long) bits << d);
            if (d <= 32) {
                shifted |= 1L << (d - 1);
            }
            bits = (int) shifted;
            newest = sequence;
        } else if (d < 0 && -d <= 32) {
            bits |= 1 << (-d - 1);
        }
    }

    public boolean hasAny() {
        return newest >= 0;
    }

    /** The newest sequence received, or -1 when none. */
    public long newest() {
        return newest;
    }

    public int bits() {
        return bits;
    }

    /** Whether an (ack, bits) pair from the wire acknowledges {@code sequence}. */
    public boolean acknowledges(long ack, int ackBits, long sequence) {
        long d = distance(ack, sequence);
        if (d == 0) {
            return true;
        }
        return d > 0 && d <= 32 && (ackBits & (1 << (d - 1))) != 0;
    }
}
