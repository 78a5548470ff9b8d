package gg.arena.tick.handshake;

import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.auth.ReplayWindow;
import gg.arena.tick.auth.SessionKeys;

import java.net.InetSocketAddress;
import java.security.MessageDigest;

/**
 * A connected client, created only once the handshake has proven its token and its address. Owned by one
 * event loop (the one of its match), so nothing here is synchronized.
 */
public final class Connection {

    private final String playerId;
    private final String matchId;
    private final InetSocketAddress address;
    private final byte[] tokenNonce;
    private final PacketAuth inbound;
    private final PacketAuth outbound;
    private final ReplayWindow replay = new ReplayWindow();
    private long nextOutboundSequence;
    private long lastReceivedMillis;

    /**
     * @param tokenNonce the nonce of the connect token this connection was made with (see
     *                   {@link ServerHandshake.Rejoin})
     */
    public Connection(String playerId, String matchId, InetSocketAddress address, byte[] tokenNonce, SessionKeys keys,
                      long nowMillis) {
        this.playerId = playerId;
        this.matchId = matchId;
        this.address = address;
        this.tokenNonce = tokenNonce.clone();
        this.inbound = new PacketAuth(keys.clientToServer());
        this.outbound = new PacketAuth(keys.serverToClient());
        this.lastReceivedMillis = nowMillis;
    }

    public String playerId() {
        return playerId;
    }

    public String matchId() {
        return matchId;
    }

    public InetSocketAddress address() {
        return address;
    }

    /** Whether this connection was made with the token of this nonce. */
    public boolean madeWith(byte[] nonce) {
        return MessageDigest.isEqual(tokenNonce, nonce);
    }

    public PacketAuth inbound() {
        return inbound;
    }

    public PacketAuth outbound() {
        return outbound;
    }

    public ReplayWindow replay() {
        return replay;
    }

    public long nextOutboundSequence() {
        return nextOutboundSequence++;
    }

    public long lastReceivedMillis() {
        return lastReceivedMillis;
    }

    public void received(long nowMillis) {
        lastReceivedMillis = nowMillis;
    }
}
