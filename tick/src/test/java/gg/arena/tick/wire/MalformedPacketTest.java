package gg.arena.tick.wire;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed datagrams become typed reject reasons; random bytes never throw. */
class MalformedPacketTest {

    static DecodeResult decode(byte[] b) {
        return PacketCodec.decode(ByteBuffer.wrap(b));
    }

    static RejectReason reason(byte[] b) {
        return ((DecodeResult.Rejected) decode(b)).reason();
    }

    @Test
    void oversizedDatagramIsRejected() {
        assertThat(reason(new byte[Wire.MAX_PACKET_BYTES + 1])).isEqualTo(RejectReason.TOO_LONG);
    }

    @Test
    void unknownTypeIsRejected() {
        assertThat(reason(new byte[]{(byte) 0x7F, 0, 0})).isEqualTo(RejectReason.UNKNOWN_TYPE);
        assertThat(reason(new byte[]{0})).isEqualTo(RejectReason.UNKNOWN_TYPE);
    }

    @Test
    void connectionRequestMustBeExactly512Bytes() {
        byte[] b = Golden.read("connection-request");
        assertThat(reason(java.util.Arrays.copyOf(b, 511))).isEqualTo(RejectReason.TOO_SHORT);
        assertThat(reason(java.util.Arrays.copyOf(b, 513))).isEqualTo(RejectReason.TOO_LONG);
    }

    @Test
    void connectionRequestWithAnotherVersionIsRejected() {
        byte[] b = Golden.read("connection-request");
        b[2] = 2;
        assertThat(reason(b)).isEqualTo(RejectReason.BAD_VERSION);
    }

    @Test
    void nonZeroPaddingIsRejected() {
        byte[] b = Golden.read("connection-request");
        b[511] = 1;
        assertThat(reason(b)).isEqualTo(RejectReason.TRAILING_BYTES);
    }

    @Test
    void aBlobLengthBeyondTheDatagramIsRejectedBeforeAllocating() {
        byte[] b = Golden.read("challenge");
        b[9] = (byte) 0x00;
        b[10] = (byte) 0xFF; // claims 255 bytes, the datagram has 24
        assertThat(reason(b)).isEqualTo(RejectReason.BAD_LENGTH);
        b[9] = (byte) 0xFF; // claims 65535: over the protocol limit
        assertThat(reason(b)).isEqualTo(RejectReason.BAD_FIELD);
    }

    @Test
    void inputCountOutOfRangeIsRejected() {
        byte[] b = Golden.read("input");
        b[9 + 10] = 5;
        assertThat(reason(b)).isEqualTo(RejectReason.BAD_FIELD);
        b[9 + 10] = 0;
        assertThat(reason(b)).isEqualTo(RejectReason.BAD_FIELD);
        b[9 + 10] = 3; // one input too few for the bytes that follow
        assertThat(reason(b)).isEqualTo(RejectReason.TRAILING_BYTES);
    }

    @Test
    void snapshotEntityCountBeyondTheLimitIsRejected() {
        byte[] b = Golden.read("snapshot-full");
        b[9 + 16] = (byte) (Wire.MAX_PLAYERS + 1);
        assertThat(reason(b)).isEqualTo(RejectReason.BAD_FIELD);
        // within the limit, but the datagram ends (before its tag) right after the count
        byte[] cut = java.util.Arrays.copyOf(b, 9 + 17 + Wire.TAG_BYTES);
        cut[9 + 16] = (byte) Wire.MAX_PLAYERS;
        assertThat(reason(cut)).isEqualTo(RejectReason.BAD_LENGTH);
    }

    @Test
    void unknownMaskBitsAreRejected() {
        byte[] b = Golden.read("snapshot-full");
        b[9 + 18] = 0x40;
        assertThat(reason(b)).isEqualTo(RejectReason.BAD_FIELD);
    }

    @Test
    void randomAndMutatedBytesNeverThrow() {
        Random random = new Random(6);
        String[] names = {"connection-request", "challenge", "input", "snapshot-full", "snapshot-delta",
                "keep-alive", "connection-accepted", "disconnect", "connection-denied"};
        for (int i = 0; i < 20_000; i++) {
            byte[] b;
            if (i % 2 == 0) {
                b = new byte[random.nextInt(1300)];
                random.nextBytes(b);
            } else {
                b = Golden.read(names[random.nextInt(names.length)]);
                for (int m = random.nextInt(4); m >= 0; m--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                if (random.nextBoolean()) {
                    b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
                }
            }
            assertThat(decode(b)).isNotNull();
        }
    }
}
