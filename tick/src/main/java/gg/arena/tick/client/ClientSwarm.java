package gg.arena.tick.client;

import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Wire;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Many tick clients on a few shared event loops, for bots and load runs. Each client has its own UDP socket
 * (its own source address, as a real player has) but no thread: a timer per event loop sends every connected
 * client's input at the tick rate, spread over the period in {@link #PHASES} slices so the server gets a
 * steady stream rather than one burst per tick; datagrams are verified and decoded on the loop that reads
 * them, in one reused buffer. Nothing blocks an event loop.
 *
 * <p>A client ends when it has played its time, when the server disconnects it, or when its handshake is
 * denied or runs out of time; its {@link Result} then completes.
 */
public final class ClientSwarm implements AutoCloseable {

    /** The tick period is cut into this many slices; each client sends in one of them. */
    static final int PHASES = 10;
    /** First handshake resend after 100 ms, then twice as long each time up to 1.6 s. */
    private static final long HANDSHAKE_RESEND_NANOS = 100_000_000L;
    private static final long HANDSHAKE_RESEND_MAX_NANOS = 1_600_000_000L;

    /** What one client did: its session (with its counters) and how long it played. */
    public record Result(boolean connected, String failure, ClientSession session, double secondsPlayed) {
    }

    private final EventLoopGroup group;
    private final boolean epoll;
    private final long periodNanos;
    private final Map<EventExecutor, LoopClients> loops = new IdentityHashMap<>();
    private int added;

    /**
     * @param threads  event loops (threads) shared by all clients
     * @param tickRate inputs per second per client, 10..128
     */
    public ClientSwarm(int threads, int tickRate) {
        if (tickRate < 10 || tickRate > 128) {
            throw new IllegalArgumentException("tick rate must be 10..128");
        }
        this.epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        this.group = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("arena-bot"), io);
        this.periodNanos = 1_000_000_000L / tickRate;
        for (EventExecutor e : group) {
            LoopClients l = new LoopClients((EventLoop) e);
            loops.put(e, l);
            l.loop.execute(l::scheduleNext);
        }
    }

    /**
     * Adds a client that connects with {@code token} and, once accepted, sends {@code inputs} at the tick
     * rate for {@code playFor}. Thread-safe.
     */
    public CompletableFuture<Result> add(InetSocketAddress server, ConnectToken token, double lossUp, double lossDown,
                                         long seed, Supplier<InputCommand> inputs, Duration connectTimeout,
                                         Duration playFor) {
        EventLoop loop;
        int phase;
        synchronized (this) {
            loop = group.next();
            phase = added++ % PHASES;
        }
        Member m = new Member(loops.get(loop), new ClientSession(token, lossUp, lossDown, seed), inputs, phase,
                connectTimeout.toNanos(), playFor.toNanos());
        InetSocketAddress local = new InetSocketAddress(server.getAddress().isLoopbackAddress()
                ? server.getAddress() : null, 0);
        ChannelFuture f = new Bootstrap()
                .group(loop)
                .channel(epoll ? EpollDatagramChannel.class : NioDatagramChannel.class)
                .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(2048))
                .handler(m)
                .connect(server, local);
        f.addListener(done -> {
            if (done.isSuccess()) {
                m.start(f.channel());
            } else {
                m.result.complete(new Result(false, "socket: " + done.cause(), m.session, 0));
            }
        });
        return m.result;
    }

    public boolean epoll() {
        return epoll;
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** The clients of one event loop and its send timer; touched only on that loop. */
    private final class LoopClients {
        final EventLoop loop;
        final List<Member> members = new ArrayList<>();
        final ByteBuffer scratch = ByteBuffer.allocate(2048);
        long due;
        int phase;

        LoopClients(EventLoop loop) {
            this.loop = loop;
        }

        void scheduleNext() {
            long slice = periodNanos / PHASES;
            long now = System.nanoTime();
            due = due == 0 ? now + slice : due + slice;
            if (due < now - periodNanos) {
                due = now; // stalled (a pause): resume from now rather than send a burst
            }
            loop.schedule(this::slice, Math.max(0, due - now), TimeUnit.NANOSECONDS);
        }

        void slice() {
            long now = System.nanoTime();
            int p = phase;
            phase = (phase + 1) % PHASES;
            for (int i = 0; i < members.size(); ) {
                Member m = members.get(i);
                if (m.finished) {
                    members.set(i, members.get(members.size() - 1));
                    members.remove(members.size() - 1);
                    continue;
                }
                if (m.phase == p) {
                    m.onTimer(now);
                }
                i++;
            }
            if (!loop.isShuttingDown()) {
                scheduleNext();
            }
        }
    }

    /** One client: its socket, session and lifecycle, all on one event loop. */
    private static final class Member extends ChannelInboundHandlerAdapter {
        final LoopClients home;
        final ClientSession session;
        final Supplier<InputCommand> inputs;
        final int phase;
        final long connectTimeoutNanos;
        final long playNanos;
        final CompletableFuture<Result> result = new CompletableFuture<>();
        Channel channel;
        long connectDeadline;
        long nextHandshakeSend;
        long challengedAt;
        long resendNanos = HANDSHAKE_RESEND_NANOS;
        long playStart;
        long playEnd;
        boolean finished;

        Member(LoopClients home, ClientSession session, Supplier<InputCommand> inputs, int phase,
               long connectTimeoutNanos, long playNanos) {
            this.home = home;
            this.session = session;
            this.inputs = inputs;
            this.phase = phase;
            this.connectTimeoutNanos = connectTimeoutNanos;
            this.playNanos = playNanos;
        }

        /** On the loop, once the socket is bound and connected. */
        void start(Channel ch) {
            channel = ch;
            long now = System.nanoTime();
            connectDeadline = now + connectTimeoutNanos;
            home.members.add(this);
            sendHandshake(now);
        }

        void onTimer(long now) {
            if (finished) {
                return;
            }
            if (!session.connected()) {
                if (now > connectDeadline) {
                    finish(false, "handshake timed out");
                } else if (now >= nextHandshakeSend) {
                    sendHandshake(now);
                }
                return;
            }
            if (now >= playEnd || session.disconnect() != null) {
                finish(true, null);
                return;
            }
            ByteBuffer out = home.scratch.clear();
            int n = session.writeInput(inputs.get(), out);
            send(out.array(), n);
        }

        private void sendHandshake(long now) {
            ClientHandshake h = session.handshake();
            if (h.state() == ClientHandshake.State.RESPONDING && now - challengedAt > TickClient.COOKIE_PATIENCE_NANOS) {
                h.restart(); // the cookie has expired by now: ask for a fresh one, promptly again
                resendNanos = HANDSHAKE_RESEND_NANOS;
            }
            ByteBuffer datagram = h.nextHandshakeDatagram();
            // Back off: a thousand clients resending every 100 ms to a server that is already behind
            // would keep it behind (each request costs it an AEAD open).
            nextHandshakeSend = now + resendNanos;
            resendNanos = Math.min(HANDSHAKE_RESEND_MAX_NANOS, resendNanos * 2);
            if (datagram != null) {
                send(datagram.array(), datagram.remaining());
            }
        }

        private void send(byte[] bytes, int length) {
            if (session.loseOutgoing()) {
                return;
            }
            ByteBuf buf = channel.alloc().directBuffer(length);
            buf.writeBytes(bytes, 0, length);
            session.sent(length);
            channel.writeAndFlush(buf, channel.voidPromise());
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            try {
                ByteBuf content = msg instanceof DatagramPacket p ? p.content() : msg instanceof ByteBuf b ? b : null;
                if (finished || content == null || session.loseIncoming()) {
                    return;
                }
                int length = content.readableBytes();
                if (length > Wire.MAX_PACKET_BYTES) {
                    session.receive(ByteBuffer.allocate(0)); // counted as rejected
                    return;
                }
                ByteBuffer in = home.scratch.clear();
                content.getBytes(content.readerIndex(), in.array(), 0, length);
                ClientHandshake.State before = session.handshake().state();
                session.receive(in.limit(length));
                ClientHandshake.State after = session.handshake().state();
                long now = System.nanoTime();
                if (after != before) {
                    switch (after) {
                        case RESPONDING -> {
                            challengedAt = now;
                            resendNanos = HANDSHAKE_RESEND_NANOS;
                            sendHandshake(now);
                        }
                        case CONNECTED -> {
                            playStart = now;
                            playEnd = now + playNanos;
                        }
                        case DENIED -> finish(false, "denied: " + session.handshake().deniedFor());
                        case REQUESTING -> {
                        }
                    }
                }
                if (session.disconnect() != null && !finished) {
                    finish(session.connected(), session.connected() ? null
                            : "disconnected before connecting (reason " + session.disconnect().reason() + ")");
                }
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // An ICMP "port unreachable" (server gone) and the like: the client goes on until its time is up.
        }

        private void finish(boolean connected, String failure) {
            finished = true;
            double seconds = playStart == 0 ? 0 : (System.nanoTime() - playStart) / 1e9;
            channel.close();
            result.complete(new Result(connected, failure, session, seconds));
        }
    }
}
