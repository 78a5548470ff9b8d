package gg.arena.tick.client;

import gg.arena.tick.auth.ConnectToken;
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
import java.util.List;

/**
 * A blocking UDP client of the tick protocol for tests and single bots: a {@link ClientSession} on its
 * own socket and thread. Many clients at once are cheaper on {@link ClientSwarm}.
 */
public final class TickClient implements AutoCloseable {

    /** A little under the server's 5 s cookie lifetime. */
    static final long COOKIE_PATIENCE_NANOS = 4_000_000_000L;

    private final InetSocketAddress server;
    private final ClientSession session;
    private final DatagramSocket socket;
    private final byte[] receiveBuffer = new byte[2048];
    private final ByteBuffer sendBuffer = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);

    public TickClient(InetSocketAddress server, ConnectToken token, double lossUp, double lossDown, long seed) {
        this.server = server;
        this.session = new ClientSession(token, lossUp, lossDown, seed);
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

    public ClientSession session() {
        return session;
    }

    /** Runs the handshake; true when accepted, false when denied or out of time. */
    public boolean connect(Duration timeout) throws IOException {
        ClientHandshake handshake = session.handshake();
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
        return session.handshake();
    }

    /** Sends the input of the next tick together with the 3 before it and the snapshot acks. */
    public void sendInput(InputCommand input) throws IOException {
        sendBuffer.clear();
        session.writeInput(input, sendBuffer);
        send(sendBuffer.flip());
    }

    /** Sends any packet as is (signed); used by tests to replay or disconnect. */
    public ByteBuffer sendPacket(Packet packet) throws IOException {
        ByteBuffer datagram = session.handshake().encode(packet);
        send(datagram.duplicate());
        return datagram;
    }

    public void sendRaw(ByteBuffer datagram) throws IOException {
        send(datagram);
    }

    public long takeSequence() {
        return session.handshake().takeSequence();
    }

    private void send(ByteBuffer datagram) throws IOException {
        if (session.loseOutgoing()) {
            return;
        }
        byte[] bytes = new byte[datagram.remaining()];
        datagram.get(bytes);
        session.sent(bytes.length);
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
        if (session.loseIncoming()) {
            return null;
        }
        return session.receive(ByteBuffer.wrap(receiveBuffer, 0, p.getLength()).slice());
    }

    public WorldView world() {
        return session.world();
    }

    public Packet.Disconnect disconnect() {
        return session.disconnect();
    }

    public long snapshotsReceived() {
        return session.snapshotsReceived();
    }

    public long undecodableSnapshots() {
        return session.undecodableSnapshots();
    }

    public long lateSnapshots() {
        return session.lateSnapshots();
    }

    public long droppedBySimulatedLoss() {
        return session.droppedBySimulatedLoss();
    }

    public long rejected() {
        return session.rejected();
    }

    public long bytesIn() {
        return session.bytesIn();
    }

    public long bytesOut() {
        return session.bytesOut();
    }

    public long newestServerTick() {
        return session.newestServerTick();
    }

    /** Input -> acknowledging snapshot round trips measured so far. */
    public List<Long> rttNanos() {
        return session.rttNanos();
    }

    @Override
    public void close() {
        socket.close();
    }
}
