package gg.arena.tick.server;

import gg.arena.tick.auth.TokenKey;
import gg.arena.tick.sim.MatchListener;
import gg.arena.tick.wire.RejectReason;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tick meters in a registry, fed by a real server on 127.0.0.1 (random port). */
class TickMeterBinderTest {

    static double dropped(MeterRegistry registry, RejectReason reason) {
        FunctionCounter c = registry.find("arena.tick.dropped").tag("reason", reason.name()).functionCounter();
        assertThat(c).as("arena.tick.dropped{reason=%s}", reason).isNotNull();
        return c.count();
    }

    @Test
    void malformedDatagramsShowUpAsDropCountersByReason() throws Exception {
        TickServerConfig config = TickServerConfig.defaults().withHost("127.0.0.1").withPort(0);
        MeterRegistry registry = new SimpleMeterRegistry();
        try (TickServer server = new TickServer(config, TokenKey.fromBase64(TokenKey.DEV_DEFAULT), MatchListener.NONE)
                .start();
             DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            new TickMeterBinder(server).bindTo(registry);
            for (RejectReason reason : RejectReason.values()) {
                assertThat(dropped(registry, reason)).isZero();
            }
            InetSocketAddress to = new InetSocketAddress("127.0.0.1", server.port());
            socket.send(new DatagramPacket(new byte[]{0x7F, 1, 2}, 3, to)); // no such packet type
            socket.send(new DatagramPacket(new byte[1300], 1300, to)); // over the 1200-byte limit
            long deadline = System.nanoTime() + 10_000_000_000L;
            while ((dropped(registry, RejectReason.UNKNOWN_TYPE) < 1 || dropped(registry, RejectReason.TOO_LONG) < 1)
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(dropped(registry, RejectReason.UNKNOWN_TYPE)).isEqualTo(1);
            assertThat(dropped(registry, RejectReason.TOO_LONG)).isEqualTo(1);
            assertThat(dropped(registry, RejectReason.BAD_TAG)).isZero();
            assertThat(registry.find("arena.tick.datagrams").tag("direction", "in").functionCounter().count())
                    .isEqualTo(2);
            assertThat(registry.find("arena.tick.bytes").tag("direction", "in").functionCounter().count())
                    .isEqualTo(1303);
        }
    }

    @Test
    void ticksFeedTheTimerAndTheMatchGauge() throws Exception {
        TickServerConfig config = TickServerConfig.defaults().withHost("127.0.0.1").withPort(0);
        MeterRegistry registry = new SimpleMeterRegistry();
        try (TickServer server = new TickServer(config, TokenKey.fromBase64(TokenKey.DEV_DEFAULT), MatchListener.NONE)
                .start()) {
            new TickMeterBinder(server).bindTo(registry);
            server.openMatch("m-meters", List.of("a", "b"));
            Timer timer = registry.find("arena.tick.time").timer();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (timer.count() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(timer.count()).isGreaterThanOrEqualTo(3);
            assertThat(registry.find("arena.tick.matches.active").gauge().value()).isEqualTo(1);
            assertThat(registry.find("arena.tick.clients.active").gauge().value()).isZero();
            assertThat(registry.find("arena.tick.ticks").functionCounter().count()).isGreaterThanOrEqualTo(3);
            assertThat(registry.find("arena.tick.missed").tags("kind", "late").functionCounter()).isNotNull();
        }
    }
}
