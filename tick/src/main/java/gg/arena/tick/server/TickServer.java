package gg.arena.tick.server;

import gg.arena.tick.auth.ChallengeCookies;
import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.auth.TokenKey;
import gg.arena.tick.auth.UsedTokens;
import gg.arena.tick.handshake.ServerHandshake;
import gg.arena.tick.sim.GameRules;
import gg.arena.tick.sim.MatchListener;
import gg.arena.tick.sim.MatchSimulation;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Bootstrap of the tick server: binds the UDP sockets (epoll with several SO_REUSEPORT sockets on Linux,
 * one NIO socket elsewhere), and opens matches, each on one event loop. The handler is {@link TickHandler}.
 */
public final class TickServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TickServer.class);

    private final TickServerConfig config;
    private final MatchRegistry registry = new MatchRegistry();
    private final TickMetrics metrics = new TickMetrics();
    private final ServerHandshake handshake;
    private final MatchListener listener;
    private final List<Channel> channels = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong opened = new java.util.concurrent.atomic.AtomicLong();
    private EventLoopGroup group;
    private int boundPort;
    private boolean epoll;

    public TickServer(TickServerConfig config, TokenKey tokenKey, MatchListener listener) {
        this.config = config;
        this.listener = listener;
        this.handshake = new ServerHandshake(new ConnectTokens(tokenKey), new ChallengeCookies(),
                new UsedTokens(config.maxUsedTokens()), registry::admit, registry::connectedFrom);
    }

    /** Binds the sockets; blocks until bound (call it from a starting thread, never an event loop). */
    public synchronized TickServer start() throws InterruptedException {
        if (group != null) {
            return this;
        }
        epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        int sockets = epoll ? config.sockets() : 1;
        group = new MultiThreadIoEventLoopGroup(sockets, new DefaultThreadFactory("arena-tick"), io);
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(epoll ? EpollDatagramChannel.class : NioDatagramChannel.class)
                .option(ChannelOption.SO_RCVBUF, 4 << 20)
                .option(ChannelOption.SO_SNDBUF, 4 << 20)
                .handler(new ChannelInitializer<DatagramChannel>() {
                    @Override
                    protected void initChannel(DatagramChannel ch) {
                        ch.pipeline().addLast(new TickHandler(registry, handshake, metrics, config.packetsPerSecond()));
                    }
                });
        if (epoll) {
            bootstrap.option(EpollChannelOption.SO_REUSEPORT, true);
        }
        try {
            Channel first = bootstrap.bind(config.host(), config.port()).sync().channel();
            channels.add(first);
            boundPort = ((InetSocketAddress) first.localAddress()).getPort();
            for (int i = 1; i < sockets; i++) {
                channels.add(bootstrap.bind(config.host(), boundPort).sync().channel());
            }
        } catch (RuntimeException | InterruptedException e) {
            close();
            throw e;
        }
        // Used-token nonces are forgotten once their tokens expire.
        group.next().scheduleAtFixedRate(() -> handshake.usedTokens().prune(System.currentTimeMillis()),
                10, 10, TimeUnit.SECONDS);
        log.info("tick server on udp {}:{} ({} socket(s), {}, {} Hz)", config.host(), boundPort, sockets,
                epoll ? "epoll" : "nio", config.tickRate());
        return this;
    }

    public int port() {
        return boundPort;
    }

    public boolean epoll() {
        return epoll;
    }

    public int sockets() {
        return channels.size();
    }

    public TickMetrics metrics() {
        return metrics;
    }

    public TickServerConfig config() {
        return config;
    }

    /**
     * Opens a match for these players (slot order) unless it is already running; idempotent, so every
     * joinMatch can call it. Its simulation runs on one event loop for its whole life.
     */
    public boolean openMatch(String matchId, List<String> playerIds) {
        if (group == null) {
            throw new IllegalStateException("tick server not started");
        }
        if (registry.match(matchId) != null) {
            return false;
        }
        GameRules rules = GameRules.defaults().withTickRate(config.tickRate()).withDuration(config.matchDuration());
        EventLoop loop = group.next();
        MatchSimulation sim = new MatchSimulation(matchId, playerIds, rules,
                ThreadLocalRandom.current().nextLong(), listener);
        MatchRuntime runtime = new MatchRuntime(sim, loop, channelOf(loop), registry, metrics,
                config.idleTimeout().toMillis());
        if (registry.putIfAbsent(matchId, runtime) != null) {
            return false;
        }
        // Golden-ratio steps spread any number of matches evenly over the tick period.
        runtime.start((opened.getAndIncrement() * 0.6180339887498949) % 1.0);
        return true;
    }

    /** The socket read and written by this event loop (each loop has one), so a match's sends stay on its thread. */
    private Channel channelOf(EventLoop loop) {
        for (Channel c : channels) {
            if (c.eventLoop() == loop) {
                return c;
            }
        }
        return channels.get(0);
    }

    public boolean running(String matchId) {
        return registry.match(matchId) != null;
    }

    public int matchCount() {
        return registry.matches().size();
    }

    public int connectedPeers() {
        return registry.peerCount();
    }

    @Override
    public synchronized void close() {
        for (MatchRuntime m : registry.matches()) {
            m.stop();
        }
        for (Channel c : channels) {
            c.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        }
        channels.clear();
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
            group = null;
        }
    }
}
