package gg.arena.tick.server;

import gg.arena.tick.wire.RejectReason;

import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/** Matches running on this server and the connected peers by source address; read from every event loop. */
final class MatchRegistry {

    private final ConcurrentHashMap<String, MatchRuntime> matches = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<InetSocketAddress, Peer> peers = new ConcurrentHashMap<>();

    MatchRuntime match(String matchId) {
        return matches.get(matchId);
    }

    MatchRuntime putIfAbsent(String matchId, MatchRuntime runtime) {
        return matches.putIfAbsent(matchId, runtime);
    }

    void remove(MatchRuntime runtime) {
        matches.remove(runtime.matchId(), runtime);
    }

    Collection<MatchRuntime> matches() {
        return matches.values();
    }

    Peer peer(InetSocketAddress address) {
        return peers.get(address);
    }

    void addPeer(Peer peer) {
        Peer old = peers.put(peer.connection.address(), peer);
        if (old != null && old != peer) {
            old.closed = true;
        }
    }

    void removePeer(Peer peer) {
        peers.remove(peer.connection.address(), peer);
    }

    int peerCount() {
        return peers.size();
    }

    /** Whether a live connection from this address was made with the token of this nonce. */
    boolean connectedFrom(byte[] tokenNonce, InetSocketAddress from) {
        Peer p = peer(from);
        return p != null && !p.closed && p.connection.madeWith(tokenNonce);
    }

    /** Admission for the handshake: the match runs here, the player is in it, it is not over. */
    RejectReason admit(String playerId, String matchId) {
        MatchRuntime m = matches.get(matchId);
        if (m == null) {
            return RejectReason.UNKNOWN_MATCH;
        }
        if (m.over()) {
            return RejectReason.MATCH_OVER;
        }
        return m.slotOf(playerId) < 0 ? RejectReason.NOT_A_PARTICIPANT : null;
    }
}
