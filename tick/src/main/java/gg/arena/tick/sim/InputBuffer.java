package gg.arena.tick.sim;

import gg.arena.tick.wire.InputCommand;

/**
 * The inputs of one player by client tick. Each server tick consumes at most one input, so sending more
 * inputs cannot make a player move faster; a missing input repeats the last one. When the client runs
 * far ahead the buffer skips to its newest inputs, so latency stays bounded.
 */
public final class InputBuffer {

    static final int SIZE = 64;
    /** How far ahead of the consumed tick inputs may queue before old ones are skipped. */
    static final int MAX_LEAD = 6;

    private final InputCommand[] inputs = new InputCommand[SIZE];
    private final long[] ticks = new long[SIZE];
    private long next = -1;
    private long newest = -1;
    private InputCommand last = InputCommand.IDLE;
    private long lastTaken = -1;

    public InputBuffer() {
        java.util.Arrays.fill(ticks, -1);
    }

    /** Stores the input of {@code tick}; inputs already consumed, or absurdly far ahead, are ignored. */
    public void offer(long tick, InputCommand input) {
        if (tick < 0 || (next >= 0 && tick < next) || (newest >= 0 && tick > newest + SIZE)) {
            return;
        }
        int i = (int) (tick % SIZE);
        ticks[i] = tick;
        inputs[i] = input;
        if (tick > newest) {
            newest = tick;
        }
        if (next < 0) {
            next = tick;
        }
    }

    /** The input for this server tick. */
    public InputCommand take() {
        if (next < 0) {
            return last;
        }
        if (newest - next > MAX_LEAD) {
            next = newest - MAX_LEAD;
        }
        int i = (int) (next % SIZE);
        if (ticks[i] == next) {
            last = inputs[i];
            lastTaken = next;
            next++;
        }
        return last;
    }

    /** The client tick of the input the last {@link #take()} used, -1 before any. */
    public long lastTakenTick() {
        return lastTaken;
    }

    public long newestTick() {
        return newest;
    }
}
