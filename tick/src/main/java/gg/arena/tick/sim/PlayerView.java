package gg.arena.tick.sim;

/** A player as snapshots show it; positions in cm. {@code flags}: bit 0 alive, bit 1 connected. */
public record PlayerView(int slot, int x, int y, int health, int score, int flags) {

    public static final int ALIVE = 0x01;
    public static final int CONNECTED = 0x02;
}
