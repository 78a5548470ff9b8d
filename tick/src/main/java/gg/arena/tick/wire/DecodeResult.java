package gg.arena.tick.wire;

import java.util.EnumMap;
import java.util.Map;

/** The outcome of decoding a datagram: a packet, or the reason it was rejected. Never an exception. */
public sealed interface DecodeResult {

    record Decoded(Packet packet) implements DecodeResult {
    }

    record Rejected(RejectReason reason) implements DecodeResult {
    }

    /** One shared instance per reason, so rejecting garbage allocates nothing. */
    static Rejected rejected(RejectReason reason) {
        return Cache.REJECTED.get(reason);
    }

    final class Cache {
        private static final Map<RejectReason, Rejected> REJECTED = new EnumMap<>(RejectReason.class);

        static {
            for (RejectReason r : RejectReason.values()) {
                REJECTED.put(r, new Rejected(r));
            }
        }

        private Cache() {
        }
    }
}
