package gg.arena.tick.client;

import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.sim.SnapshotReceiver;
import gg.arena.tick.sim.WorldView;
import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Packet;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.Wire;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One client connection of the tick protocol without a transport: the handshake, inputs with the 3
 * previous ones, snapshot decoding and acknowledgement, simulated loss each way, and the numbers a bot
 * reports. {@link TickClient} drives it from a blocking socket, {@link ClientSwarm} drives many from
 * shared event loops. Not thread-safe: one thread (or event loop) at a time.
 */
public final class ClientSession {

    private final ClientHandshake handshake;
    private final SnapshotReceiver snapshots = new SnapshotReceiver();
    private final Random random;
    private final double lossUp;
    private final double lossDown;
    /** Newest first; {@code recentCount} of them are valid. */
    private final InputCommand[] recent = new InputCommand[Wire.MAX_INPUTS];
    private int recentCount;
    private final long[] sentAtNanos = new long[1024];
    private long[] rttNanos = new long[256];
    private int rttCount;
    private long inputTick;
    private long lastAckedInput = -1;
    private long snapshotsReceived;
    private long droppedBySimulatedLoss;
    private long lateSnapshots;
    private long rejected;
    private long bytesIn;
    private long bytesOut;
    private long newestServerTick = -1;
    private Packet.Disconnect disconnect;

    public ClientSession(ConnectToken token, double lossUp, double lossDown, long seed) {
        this.handshake = new ClientHandshake(token);
        this.lossUp = lossUp;
        this.lossDown = lossDown;
        this.random = new Random(seed);
    }

    public ClientHandshake handshake() {
        return handshake;
    }

    public boolean connected() {
        return handshake.state() == ClientHandshake.State.CONNECTED;
    }

    /** Whether the next outgoing datagram is lost (simulated); a lost one is neither sent nor counted. */
    public boolean loseOutgoing() {
        return lossUp > 0 && random.nextDouble() < lossUp;
    }

    /** Whether a datagram just received is lost (simulated) before the client sees it. */
    public boolean loseIncoming() {
        if (lossDown > 0 && random.nextDouble() < lossDown) {
            droppedBySimulatedLoss++;
            return true;
        }
        return false;
    }

    /** Counts a datagram handed to the network. */
    public void sent(int bytes) {
        bytesOut += bytes;
    }

    /**
     * Encodes the input of the next tick, with the 3 before it and the snapshot acks, at {@code out}'s
     * position (advanced); returns the length.
     */
    public int writeInput(InputCommand input, ByteBuffer out) {
        System.arraycopy(recent, 0, recent, 1, recent.length - 1);
        recent[0] = input;
        recentCount = Math.min(recent.length, recentCount + 1);
        long tick = inputTick++;
        sentAtNanos[(int) (tick % sentAtNanos.length)] = System.nanoTime();
        Packet.Input packet = new Packet.Input(handshake.takeSequence(), snapshots.ack(), snapshots.ackBits(), tick,
                Arrays.asList(recent).subList(0, recentCount));
        return handshake.encode(packet, out);
    }

    /** Verifies and processes a datagram that arrived (after loss); returns the packet accepted, or null. */
    public Packet receive(ByteBuffer datagram) {
        bytesIn += datagram.remaining();
        Packet packet = handshake.receive(datagram);
        if (packet == null) {
            rejected++;
            return null;
        }
        switch (packet) {
            case Packet.Snapshot s -> onSnapshot(s);
            case Packet.Disconnect d -> disconnect = d;
            default -> {
            }
        }
        return packet;
    }

    private void onSnapshot(Packet.Snapshot s) {
        snapshotsReceived++;
        if (s.serverTick() <= newestServerTick) {
            lateSnapshots++;
        } else {
            newestServerTick = s.serverTick();
        }
        WorldView world = snapshots.receive(s);
        if (world == null) {
            return;
        }
        if (s.inputAck() > lastAckedInput && s.inputAck() < inputTick) {
            lastAckedInput = s.inputAck();
            if (rttCount == rttNanos.length) {
                rttNanos = Arrays.copyOf(rttNanos, rttCount * 2);
            }
            rttNanos[rttCount++] = System.nanoTime() - sentAtNanos[(int) (s.inputAck() % sentAtNanos.length)];
        }
    }

    /** The latest world received; {@link WorldView#EMPTY} until the first snapshot arrives. */
    public WorldView world() {
        WorldView latest = snapshots.latest();
        return latest == null ? WorldView.EMPTY : latest;
    }

    public Packet.Disconnect disconnect() {
        return disconnect;
    }

    public long snapshotsReceived() {
        return snapshotsReceived;
    }

    public long undecodableSnapshots() {
        return snapshots.undecodable();
    }

    public long lateSnapshots() {
        return lateSnapshots;
    }

    public long droppedBySimulatedLoss() {
        return droppedBySimulatedLoss;
    }

    public long rejected() {
        return rejected;
    }

    public long bytesIn() {
        return bytesIn;
    }

    public long bytesOut() {
        return bytesOut;
    }

    public long newestServerTick() {
        return newestServerTick;
    }

    /** Input -> acknowledging snapshot round trips measured so far, in nanoseconds. */
    public List<Long> rttNanos() {
        return Arrays.stream(rttNanos, 0, rttCount).boxed().toList();
    }

    /** The round trips into {@code into} from index 0 (it must hold {@link #rttCount()}); returns the count. */
    public int rttNanos(long[] into) {
        System.arraycopy(rttNanos, 0, into, 0, rttCount);
        return rttCount;
    }

    public int rttCount() {
        return rttCount;
    }

}
