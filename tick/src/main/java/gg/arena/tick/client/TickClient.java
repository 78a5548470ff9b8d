package gg.arena.tick.client;

import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.sim.SnapshotReceiver;
import gg.arena.tick.sim.WorldView;
import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Packet;
import gg.arena.tick.wire.Wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * A blocking UDP client of the tick protocol for bots and tests: handshake, inputs with the 3 previous
 * ones, snapshot decoding and acknowledgement, optional simulated loss in each direction, and the numbers
 * a bot reports. One thread per client.
 */
public final class TickClient implements AutoCloseable {

    /** A little under the server's 5 s cookie lifetime. */
    private static final long COOKIE_PATIENCE_NANOS = 4_000_000_000L;

    private final InetSocketAddress server;
    private final ClientHandshake handshake;
    private final DatagramSocket socket;
    private final SnapshotReceiver snapshots = new SnapshotReceiver();
    private final Random random;
    private final double lossUp;
    private final double lossDown;
    private final Deque<InputCommand> recent = new ArrayDeque<>();
    private final byte[] receiveBuffer = new byte[2048];
    private final long[] sentAtNanos = new long[1024];
    private final List<Long> rttNanos = new ArrayList<>();
    private long inputTick;
    private long lastAckedInput = -1;
    private long snapshotsReceived;
    private long snapshotsDroppedByLoss;
    private long lateSnapshots;
    private long rejected;
    private long bytesIn;
    private long bytesOut;
    private long newestServerTick = -1;
    private Packet.Disconnect disconnect;

    public TickClient(InetSocketAddress server, ConnectToken token, double lossUp, double lossDown, long seed) {
        this.server = server;
        this.handshake = new ClientHandshake(token);
        this.lossUp = lossUp;
        this.lossDown = lossDown;
        this.random = new Random(seed);
        try {
            this.socket = new DatagramSocket(new InetSocketAddress(server.getAddress().isLoopbackAddress()
                    ? server.getAddress() : null, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TickClient(InetSocketAddress server, ConnectToken token) {
        this(server, token, 0, 0, 1);
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Runs the handshake; true when accepted, false when denied or out of time. */
    public boolean connect(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long challengedAt = 0;
        while (System.nanoTime() < deadline) {
            if (handshake.state() == ClientHandshake.State.RESPONDING
                    && System.nanoTime() - challengedAt > COOKIE_PATIENCE_NANOS) {
                handshake.restart(); // the cookie has expired by now: ask for a fresh one
            }
            ByteBuffer out = handshake.nextHandshakeDatagram();
            if (out == null) {
                break;
            }
            send(out);
            long resendAt = System.nanoTime() + 100_000_000L;
            while (System.nanoTime() < Math.min(resendAt, deadline)) {
                ClientHandshake.State before = handshake.state();
                receive(Duration.ofMillis(20));
                if (handshake.state() != before) {
                    if (handshake.state() == ClientHandshake.State.RESPONDING) {
                        challengedAt = System.nanoTime();
                    }
                    break;
                }
            }
            if (handshake.state() == ClientHandshake.State.CONNECTED
                    || handshake.state() == ClientHandshake.State.DENIED) {
                break;
            }
        }
        return handshake.state() == ClientHandshake.State.CONNECTED;
    }

    public ClientHandshake handshake() {
        return handshake;
    }

    /** Sends the input of the next tick together with the 3 before it and the snapshot acks. */
    public void sendInput(InputCommand input) throws IOException {
        recent.addFirst(input);
        while (recent.size() > Wire.MAX_INPUTS) {
            recent.removeLast();
        }
        long tick = inputTick++;
        sentAtNanos[(int) (tick % sentAtNanos.length)] = System.nanoTime();
        send(handshake.encode(new Packet.Input(handshake.takeSequence(), snapshots.ack(), snapshots.ackBits(),
                tick, List.copyOf(recent))));
    }

    /** Sends any packet as is (signed); used by tests to replay or disconnect. */
    public ByteBuffer sendPacket(Packet packet) throws IOException {
        ByteBuffer datagram = handshake.encode(packet);
        send(datagram.duplicate());
        return datagram;
    }

    public void sendRaw(ByteBuffer datagram) throws IOException {
        send(datagram);
    }

    public long takeSequence() {
        return handshake.takeSequence();
    }

    private void send(ByteBuffer datagram) throws IOException {
        if (lossUp > 0 && random.nextDouble() < lossUp) {
            return;
        }
        byte[] bytes = new byte[datagram.remaining()];
        datagram.get(bytes);
        bytesOut += bytes.length;
        socket.send(new DatagramPacket(bytes, bytes.length, server));
    }

    /** Receives one datagram (or times out), processes it, and returns the packet accepted, or null. */
    public Packet receive(Duration timeout) throws IOException {
        DatagramPacket p = new DatagramPacket(receiveBuffer, receiveBuffer.length);
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            socket.receive(p);
        } catch (SocketTimeoutException e) {
            return null;
        }
        if (lossDown > 0 && random.nextDouble() < lossDown) {
            snapshotsDroppedByLoss++;
            return null;
        }
        bytesIn += p.getLength();
        Packet packet = handshake.receive(ByteBuffer.wrap(receiveBuffer, 0, p.getLength()).slice());
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
            rttNanos.add(System.nanoTime() - sentAtNanos[(int) (s.inputAck() % sentAtNanos.length)]);
        }
    }

    public WorldView world() {
        return snapshots.latest();
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
        return snapshotsDroppedByLoss;
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

    /** Input -> acknowledging snapshot round trips measured so far. */
    public List<Long> rttNanos() {
        return List.copyOf(rttNanos);
    }

    @Override
    public void close() {
        socket.close();
    }
}
