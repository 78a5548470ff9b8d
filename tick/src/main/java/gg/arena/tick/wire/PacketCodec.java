package gg.arena.tick.wire;

import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.wire.Packet.Challenge;
import gg.arena.tick.wire.Packet.ChallengeResponse;
import gg.arena.tick.wire.Packet.ConnectionAccepted;
import gg.arena.tick.wire.Packet.ConnectionDenied;
import gg.arena.tick.wire.Packet.ConnectionRequest;
import gg.arena.tick.wire.Packet.Disconnect;
import gg.arena.tick.wire.Packet.Input;
import gg.arena.tick.wire.Packet.KeepAlive;
import gg.arena.tick.wire.Packet.Snapshot;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes packets (big-endian, layouts in docs/tick-protocol.md).
 *
 * <p>Decoding checks every length against what is left in the datagram and against the protocol limits
 * before it allocates anything, and reports malformed input as a {@link RejectReason}; it never throws on
 * bytes from the network. It does not check the authentication tag: the receiver verifies it with
 * {@link PacketAuth} first, because only it knows the connection's key.
 */
public final class PacketCodec {

    private PacketCodec() {
    }

    // ---------------------------------------------------------------- encode

    /**
     * Writes {@code packet} at {@code out.position()} and advances it; authenticated packets are signed with
     * {@code auth} (ignored for a connection request). Returns the number of bytes written.
     *
     * @throws IllegalArgumentException if the packet breaks a protocol limit (a bug of the sender)
     */
    public static int encode(Packet packet, PacketAuth auth, ByteBuffer out) {
        int size = encodedSize(packet);
        if (size > Wire.MAX_PACKET_BYTES) {
            throw new IllegalArgumentException(packet.type() + " of " + size + " bytes exceeds "
                    + Wire.MAX_PACKET_BYTES);
        }
        if (out.remaining() < size) {
            throw new IllegalArgumentException("buffer too small for " + size + " bytes");
        }
        int start = out.position();
        out.put((byte) packet.type().code());
        if (packet instanceof ConnectionRequest r) {
            writeRequest(r, out);
            return out.position() - start;
        }
        if (auth == null) {
            throw new IllegalArgumentException(packet.type() + " must be signed");
        }
        out.putLong(packet.sequenceOrZero());
        switch (packet) {
            case ConnectionDenied p -> out.put((byte) p.reason().ordinal());
            case Challenge p -> writeBlob(p.cookie(), out);
            case ChallengeResponse p -> writeBlob(p.cookie(), out);
            case ConnectionAccepted p -> {
                out.put((byte) p.slot());
                out.put((byte) p.tickRate());
                out.putInt((int) p.serverTick());
            }
            case Input p -> writeInput(p, out);
            case Snapshot p -> writeSnapshot(p, out);
            case KeepAlive p -> {
            }
            case Disconnect p -> out.put((byte) p.reason());
            case ConnectionRequest r -> throw new AssertionError();
        }
        int end = out.position();
        auth.sign(out, start, end);
        out.position(end + Wire.TAG_BYTES);
        return out.position() - start;
    }

    /** The exact encoded size of a packet, tag included. */
    public static int encodedSize(Packet packet) {
        int body = switch (packet) {
            case ConnectionRequest r -> Wire.CONNECTION_REQUEST_BYTES - 1;
            case ConnectionDenied p -> 1;
            case Challenge p -> 2 + p.cookie().length;
            case ChallengeResponse p -> 2 + p.cookie().length;
            case ConnectionAccepted p -> 6;
            case Input p -> 2 + 4 + 4 + 1 + 5 * p.inputs().size();
            case Snapshot p -> snapshotBodySize(p);
            case KeepAlive p -> 0;
            case Disconnect p -> 1;
        };
        return packet.type().authenticated() ? Wire.AUTH_HEADER_BYTES + body + Wire.TAG_BYTES : 1 + body;
    }

    private static int snapshotBodySize(Snapshot p) {
        int size = 2 + 2 + 4 + 4 + 4 + 1 + 1;
        for (PlayerDelta d : p.players()) {
            size += 2;
            if (d.mask() != PlayerDelta.REMOVED) {
                size += (d.has(PlayerDelta.X) ? 2 : 0) + (d.has(PlayerDelta.Y) ? 2 : 0)
                        + (d.has(PlayerDelta.HEALTH) ? 1 : 0) + (d.has(PlayerDelta.SCORE) ? 2 : 0)
                        + (d.has(PlayerDelta.FLAGS) ? 1 : 0);
            }
        }
        for (ProjectileDelta d : p.projectiles()) {
            size += d.removed() ? 3 : 13;
        }
        return size;
    }

    private static void writeRequest(ConnectionRequest r, ByteBuffer out) {
        byte[] sealed = r.sealedToken();
        if (sealed.length > Wire.MAX_SEALED_BYTES) {
            throw new IllegalArgumentException("sealed token too long");
        }
        int start = out.position() - 1;
        out.putShort((short) r.protocolVersion());
        out.putLong(r.expiresAtMillis());
        writeBlob(sealed, out);
        while (out.position() - start < Wire.CONNECTION_REQUEST_BYTES) {
            out.put((byte) 0);
        }
    }

    private static void writeBlob(byte[] blob, ByteBuffer out) {
        if (blob.length > Wire.MAX_SEALED_BYTES) {
            throw new IllegalArgumentException("blob too long");
        }
        out.putShort((short) blob.length);
        out.put(blob);
    }

    private static void writeInput(Input p, ByteBuffer out) {
        if (p.inputs().isEmpty() || p.inputs().size() > Wire.MAX_INPUTS) {
            throw new IllegalArgumentException("1.." + Wire.MAX_INPUTS + " inputs");
        }
        out.putShort((short) p.snapshotAck());
        out.putInt(p.snapshotAckBits());
        out.putInt((int) p.tick());
        out.put((byte) p.inputs().size());
        for (InputCommand c : p.inputs()) {
            out.put((byte) c.moveX());
            out.put((byte) c.moveY());
            out.putShort((short) c.aim());
            out.put((byte) c.buttons());
        }
    }

    private static void writeSnapshot(Snapshot p, ByteBuffer out) {
        if (p.players().size() > Wire.MAX_PLAYERS || p.projectiles().size() > Wire.MAX_PROJECTILE_ENTRIES) {
            throw new IllegalArgumentException("too many entities");
        }
        out.putShort((short) p.snapshotSequence());
        out.putShort((short) (p.full() ? 0xFFFF : p.baseline()));
        out.putInt((int) p.serverTick());
        out.putInt((int) p.inputAck());
        out.putInt(p.inputAckBits());
        out.put((byte) p.players().size());
        for (PlayerDelta d : p.players()) {
            out.put((byte) d.slot());
            out.put((byte) d.mask());
            if (d.mask() == PlayerDelta.REMOVED) {
                continue;
            }
            if (d.has(PlayerDelta.X)) {
                out.putShort((short) d.x());
            }
            if (d.has(PlayerDelta.Y)) {
                out.putShort((short) d.y());
            }
            if (d.has(PlayerDelta.HEALTH)) {
                out.put((byte) d.health());
            }
            if (d.has(PlayerDelta.SCORE)) {
                out.putShort((short) d.score());
            }
            if (d.has(PlayerDelta.FLAGS)) {
                out.put((byte) d.flags());
            }
        }
        out.put((byte) p.projectiles().size());
        for (ProjectileDelta d : p.projectiles()) {
            out.putShort((short) d.id());
            out.put((byte) d.mask());
            if (d.removed()) {
                continue;
            }
            if (d.mask() != ProjectileDelta.SPAWN || d.age() < 0 || d.age() > 255) {
                throw new IllegalArgumentException("projectile entry must be SPAWN (age 0..255) or REMOVED");
            }
            out.putShort((short) d.x());
            out.putShort((short) d.y());
            out.putShort((short) d.vx());
            out.putShort((short) d.vy());
            out.put((byte) d.age());
            out.put((byte) d.owner());
        }
    }

    // ---------------------------------------------------------------- decode

    /**
     * Decodes the datagram in {@code in[position, limit)} without touching the buffer's position. The tag of
     * an authenticated packet is skipped, not verified.
     */
    public static DecodeResult decode(ByteBuffer in) {
        int start = in.position();
        int length = in.limit() - start;
        if (length > Wire.MAX_PACKET_BYTES) {
            return DecodeResult.rejected(RejectReason.TOO_LONG);
        }
        if (length < 1) {
            return DecodeResult.rejected(RejectReason.TOO_SHORT);
        }
        PacketType type = PacketType.ofCode(in.get(start) & 0xFF);
        if (type == null) {
            return DecodeResult.rejected(RejectReason.UNKNOWN_TYPE);
        }
        Reader r = new Reader(in, start + 1, in.limit());
        if (type == PacketType.CONNECTION_REQUEST) {
            return readRequest(r, length);
        }
        if (length < Wire.MIN_AUTHENTICATED_BYTES) {
            return DecodeResult.rejected(RejectReason.TOO_SHORT);
        }
        r.end = in.limit() - Wire.TAG_BYTES;
        long sequence = r.i64();
        Packet packet = switch (type) {
            case CONNECTION_DENIED -> {
                int code = r.u8();
                RejectReason[] all = RejectReason.values();
                yield r.ok() && code < all.length ? new ConnectionDenied(sequence, all[code]) : r.fail(RejectReason.BAD_FIELD);
            }
            case CHALLENGE -> {
                byte[] cookie = r.blob();
                yield cookie == null ? null : new Challenge(sequence, cookie);
            }
            case CHALLENGE_RESPONSE -> {
                byte[] cookie = r.blob();
                yield cookie == null ? null : new ChallengeResponse(sequence, cookie);
            }
            case CONNECTION_ACCEPTED -> {
                int slot = r.u8();
                int rate = r.u8();
                long tick = r.u32();
                yield r.ok() ? new ConnectionAccepted(sequence, slot, rate, tick) : null;
            }
            case INPUT -> readInput(r, sequence);
            case SNAPSHOT -> readSnapshot(r, sequence);
            case KEEP_ALIVE -> new KeepAlive(sequence);
            case DISCONNECT -> {
                int reason = r.u8();
                yield r.ok() ? new Disconnect(sequence, reason) : null;
            }
            case CONNECTION_REQUEST -> throw new AssertionError();
        };
        if (packet == null || !r.ok()) {
            return DecodeResult.rejected(r.reason == null ? RejectReason.BAD_LENGTH : r.reason);
        }
        if (r.pos != r.end) {
            return DecodeResult.rejected(RejectReason.TRAILING_BYTES);
        }
        return new DecodeResult.Decoded(packet);
    }

    private static DecodeResult readRequest(Reader r, int length) {
        if (length != Wire.CONNECTION_REQUEST_BYTES) {
            return DecodeResult.rejected(length < Wire.CONNECTION_REQUEST_BYTES ? RejectReason.TOO_SHORT
                    : RejectReason.TOO_LONG);
        }
        int version = r.u16();
        if (version != Wire.PROTOCOL_VERSION) {
            return DecodeResult.rejected(RejectReason.BAD_VERSION);
        }
        long expires = r.i64();
        byte[] sealed = r.blob();
        if (sealed == null) {
            return DecodeResult.rejected(r.reason);
        }
        // The padding must be zeros: anything else is a different, unknown format.
        while (r.pos < r.end) {
            if (r.in.get(r.pos++) != 0) {
                return DecodeResult.rejected(RejectReason.TRAILING_BYTES);
            }
        }
        return new DecodeResult.Decoded(new ConnectionRequest(version, expires, sealed));
    }

    private static Packet readInput(Reader r, long sequence) {
        int snapshotAck = r.u16();
        int bits = r.i32();
        long tick = r.u32();
        int count = r.u8();
        if (!r.ok()) {
            return null;
        }
        if (count < 1 || count > Wire.MAX_INPUTS) {
            return r.fail(RejectReason.BAD_FIELD);
        }
        if (!r.need(5 * count)) {
            return null;
        }
        List<InputCommand> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int mx = r.i8();
            int my = r.i8();
            int aim = r.u16();
            int buttons = r.u8();
            if (mx == -128 || my == -128) {
                return r.fail(RejectReason.BAD_FIELD);
            }
            inputs.add(new InputCommand(mx, my, aim, buttons));
        }
        return new Input(sequence, snapshotAck, bits, tick, inputs);
    }

    private static Packet readSnapshot(Reader r, long sequence) {
        int seq = r.u16();
        int baseline = r.u16();
        long tick = r.u32();
        long inputAck = r.u32();
        int inputBits = r.i32();
        int playerCount = r.u8();
        if (!r.ok()) {
            return null;
        }
        if (playerCount > Wire.MAX_PLAYERS) {
            return r.fail(RejectReason.BAD_FIELD);
        }
        // Every entry is at least 2 bytes: checked before the list is allocated.
        if (!r.need(2 * playerCount)) {
            return null;
        }
        List<PlayerDelta> players = new ArrayList<>(playerCount);
        for (int i = 0; i < playerCount; i++) {
            int slot = r.u8();
            int mask = r.u8();
            if (mask != PlayerDelta.REMOVED && (mask & ~PlayerDelta.ALL) != 0) {
                return r.fail(RejectReason.BAD_FIELD);
            }
            boolean present = mask != PlayerDelta.REMOVED;
            int x = present && (mask & PlayerDelta.X) != 0 ? r.i16() : 0;
            int y = present && (mask & PlayerDelta.Y) != 0 ? r.i16() : 0;
            int health = present && (mask & PlayerDelta.HEALTH) != 0 ? r.u8() : 0;
            int score = present && (mask & PlayerDelta.SCORE) != 0 ? r.u16() : 0;
            int flags = present && (mask & PlayerDelta.FLAGS) != 0 ? r.u8() : 0;
            if (!r.ok()) {
                return null;
            }
            players.add(new PlayerDelta(slot, mask, x, y, health, score, flags));
        }
        int projectileCount = r.u8();
        if (!r.ok()) {
            return null;
        }
        if (projectileCount > Wire.MAX_PROJECTILE_ENTRIES) {
            return r.fail(RejectReason.BAD_FIELD);
        }
        if (!r.need(3 * projectileCount)) {
            return null;
        }
        List<ProjectileDelta> projectiles = new ArrayList<>(projectileCount);
        for (int i = 0; i < projectileCount; i++) {
            int id = r.u16();
            int mask = r.u8();
            if (mask == ProjectileDelta.REMOVED) {
                if (!r.ok()) {
                    return null;
                }
                projectiles.add(ProjectileDelta.removed(id));
                continue;
            }
            if (mask != ProjectileDelta.SPAWN) {
                return r.fail(RejectReason.BAD_FIELD);
            }
            int x = r.i16();
            int y = r.i16();
            int vx = r.i16();
            int vy = r.i16();
            int age = r.u8();
            int owner = r.u8();
            if (!r.ok()) {
                return null;
            }
            projectiles.add(new ProjectileDelta(id, mask, x, y, vx, vy, age, owner));
        }
        return new Snapshot(sequence, seq, baseline == 0xFFFF ? -1 : baseline, tick, inputAck, inputBits,
                players, projectiles);
    }

    /** Bounds-checked reads: after the first short read every read returns 0 and {@link #ok()} is false. */
    private static final class Reader {
        final ByteBuffer in;
        int pos;
        int end;
        RejectReason reason;

        Reader(ByteBuffer in, int pos, int end) {
            this.in = in;
            this.pos = pos;
            this.end = end;
        }

        boolean ok() {
            return reason == null;
        }

        <T> T fail(RejectReason why) {
            if (reason == null) {
                reason = why;
            }
            return null;
        }

        boolean need(int n) {
            if (reason != null) {
                return false;
            }
            if (end - pos < n) {
                reason = RejectReason.BAD_LENGTH;
                return false;
            }
            return true;
        }

        int u8() {
            if (!need(1)) {
                return 0;
            }
            return in.get(pos++) & 0xFF;
        }

        int i8() {
            if (!need(1)) {
                return 0;
            }
            return in.get(pos++);
        }

        int u16() {
            if (!need(2)) {
                return 0;
            }
            int v = in.getShort(pos) & 0xFFFF;
            pos += 2;
            return v;
        }

        int i16() {
            if (!need(2)) {
                return 0;
            }
            int v = in.getShort(pos);
            pos += 2;
            return v;
        }

        int i32() {
            if (!need(4)) {
                return 0;
            }
            int v = in.getInt(pos);
            pos += 4;
            return v;
        }

        long u32() {
            return i32() & 0xFFFFFFFFL;
        }

        long i64() {
            if (!need(8)) {
                return 0;
            }
            long v = in.getLong(pos);
            pos += 8;
            return v;
        }

        /** u16 length then bytes; the length is checked against the limit and the datagram first. */
        byte[] blob() {
            int n = u16();
            if (!ok()) {
                return null;
            }
            if (n == 0 || n > Wire.MAX_SEALED_BYTES) {
                return fail(RejectReason.BAD_FIELD);
            }
            if (!need(n)) {
                return null;
            }
            byte[] b = new byte[n];
            in.get(pos, b);
            pos += n;
            return b;
        }
    }
}
