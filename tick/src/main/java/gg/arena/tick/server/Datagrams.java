package gg.arena.tick.server;

import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.wire.Packet;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.Wire;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramPacket;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** Writes packets to the network from any thread (Netty queues a write to the channel's own loop). */
final class Datagrams {

    private Datagrams() {
    }

    static void send(Channel channel, InetSocketAddress to, Packet packet, PacketAuth auth, TickMetrics metrics) {
        write(channel, to, packet, auth, metrics);
        channel.flush();
    }

    /**
     * Queues a packet without flushing: a tick writes every snapshot first and flushes each socket once,
     * so epoll sends them in one sendmmsg call instead of one system call per datagram.
     */
    static void write(Channel channel, InetSocketAddress to, Packet packet, PacketAuth auth, TickMetrics metrics) {
        ByteBuf buf = channel.alloc().ioBuffer(Wire.MAX_PACKET_BYTES);
        // A view of the buffer's memory, position 0, big-endian.
        ByteBuffer nio = buf.nioBuffer(0, Wire.MAX_PACKET_BYTES);
        int n = PacketCodec.encode(packet, auth, nio);
        buf.writerIndex(n);
        metrics.sent(n);
        channel.write(new DatagramPacket(buf, to), channel.voidPromise());
    }

    /** Queues an encoded datagram ({@code bytes[0, length)}, copied) without flushing. */
    static void write(Channel channel, InetSocketAddress to, byte[] bytes, int length, TickMetrics metrics) {
        ByteBuf buf = channel.alloc().ioBuffer(length);
        buf.writeBytes(bytes, 0, length);
        metrics.sent(length);
        channel.write(new DatagramPacket(buf, to), channel.voidPromise());
    }

    static void send(Channel channel, InetSocketAddress to, ByteBuffer datagram, TickMetrics metrics) {
        metrics.sent(datagram.remaining());
        channel.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(datagram), to), channel.voidPromise());
    }
}
