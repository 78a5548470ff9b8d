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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every packet type against its golden bytes: encode, decode, and decode-then-encode again. */
class PacketGoldenTest {

    /** The key the golden tags are computed with: bytes 0x00..0x1f. */
    static final byte[] KEY = key();

    static byte[] key() {
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) i;
        }
        return k;
    }

    static byte[] bytes(int n, int first) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (first + i);
        }
        return b;
    }

    static Stream<Arguments> packets() {
        return Stream.of(
                Arguments.of("connection-request", new ConnectionRequest(1, 1_700_000_030_000L, bytes(40, 0xA0))),
                Arguments.of("connection-denied", new ConnectionDenied(7, RejectReason.TOKEN_REUSED)),
                Arguments.of("challenge", new Challenge(1, bytes(24, 0x10))),
                Arguments.of("challenge-response", new ChallengeResponse(1, bytes(24, 0x10))),
                Arguments.of("connection-accepted", new ConnectionAccepted(2, 3, 30, 1234)),
                Arguments.of("input", new Input(42, 0xFFFE, 0x8000_0001, 100, List.of(
                        new InputCommand(127, -127, 0x4000, InputCommand.FIRE),
                        new InputCommand(0, 64, 0x3FFF, 0),
                        new InputCommand(-1, 1, 0, 0),
                        InputCommand.IDLE))),
                Arguments.of("snapshot-full", new Snapshot(9, 5, -1, 300, 99, 0xFFFF_FFFF,
                        List.of(new PlayerDelta(0, PlayerDelta.ALL, -1000, 2000, 100, 3, 1),
                                new PlayerDelta(1, PlayerDelta.ALL, 500, -500, 40, 0, 1)),
                        List.of(new ProjectileDelta(513, ProjectileDelta.SPAWN, 10, 20, 80, -3, 2, 1)))),
                Arguments.of("snapshot-delta", new Snapshot(10, 6, 5, 301, 100, 0x1,
                        List.of(new PlayerDelta(0, PlayerDelta.X | PlayerDelta.Y, -990, 2010, 0, 0, 0),
                                new PlayerDelta(1, PlayerDelta.REMOVED, 0, 0, 0, 0, 0)),
                        List.of(ProjectileDelta.removed(513),
                                new ProjectileDelta(514, ProjectileDelta.SPAWN, -5, 7, 0, 80, 0, 0)))),
                Arguments.of("keep-alive", new KeepAlive(65_536)),
                Arguments.of("disconnect", new Disconnect(3, 1)));
    }

    static byte[] encode(Packet packet) {
        ByteBuffer out = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
        int n = PacketCodec.encode(packet, new PacketAuth(KEY), out);
        assertThat(n).isEqualTo(out.position()).isEqualTo(PacketCodec.encodedSize(packet));
        return Arrays.copyOf(out.array(), n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packets")
    void encodesToGoldenBytes(String name, Packet packet) {
        byte[] encoded = encode(packet);
        if (Golden.updating()) {
            Golden.write(name, packet.type() + ", tag key 00..1f", encoded);
        }
        assertThat(encoded).isEqualTo(Golden.read(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packets")
    void decodesGoldenBytes(String name, Packet packet) {
        byte[] golden = Golden.read(name);
        ByteBuffer in = ByteBuffer.wrap(golden);
        if (packet.type().authenticated()) {
            assertThat(new PacketAuth(KEY).verify(in, 0, golden.length)).isTrue();
        }
        DecodeResult result = PacketCodec.decode(in);
        assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
        Packet decoded = ((DecodeResult.Decoded) result).packet();
        assertThat(decoded.type()).isEqualTo(packet.type());
        assertThat(decoded.sequenceOrZero()).isEqualTo(packet.sequenceOrZero());
        assertThat(encode(decoded)).isEqualTo(golden);
        if (!(packet instanceof ConnectionRequest || packet instanceof Challenge
                || packet instanceof ChallengeResponse)) {
            assertThat(decoded).isEqualTo(packet);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packets")
    void everyTruncationIsRejectedNotThrown(String name, Packet packet) {
        byte[] golden = Golden.read(name);
        IntStream.range(0, golden.length).forEach(n -> {
            DecodeResult r = PacketCodec.decode(ByteBuffer.wrap(golden, 0, n));
            if (packet.type().authenticated() || n != golden.length) {
                // A truncated authenticated packet may still parse (the tag is what is lost), but then the
                // tag check fails; what matters is that nothing throws and nothing too long is accepted.
                assertThat(r).isNotNull();
            }
        });
        assertThat(PacketCodec.decode(ByteBuffer.wrap(golden, 0, 0)))
                .isEqualTo(DecodeResult.rejected(RejectReason.TOO_SHORT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packets")
    void aFlippedBitFailsTheTag(String name, Packet packet) {
        if (!packet.type().authenticated()) {
            return;
        }
        byte[] golden = Golden.read(name);
        for (int i = 0; i < golden.length; i++) {
            byte[] copy = golden.clone();
            copy[i] ^= 0x01;
            assertThat(new PacketAuth(KEY).verify(ByteBuffer.wrap(copy), 0, copy.length))
                    .as("bit flipped at byte %d", i).isFalse();
        }
    }
}
