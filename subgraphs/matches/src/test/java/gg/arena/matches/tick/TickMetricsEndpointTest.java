package gg.arena.matches.tick;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.support.MatchesHttpTest;
import gg.arena.tick.server.TickServer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tick server's meters over HTTP (Actuator's Prometheus endpoint), fed by real datagrams. */
class TickMetricsEndpointTest extends MatchesHttpTest {

    private static final Pattern UNKNOWN_TYPE =
            Pattern.compile("(?m)^arena_tick_dropped_total\\{[^}]*reason=\"UNKNOWN_TYPE\"[^}]*} ([0-9.E]+)$");

    @Autowired
    TickServer tickServer;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String scrape() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static double unknownTypeDrops(String body) {
        Matcher m = UNKNOWN_TYPE.matcher(body);
        assertThat(m.find()).as("arena_tick_dropped_total{reason=UNKNOWN_TYPE} in\n%s", body).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aMalformedDatagramShowsUpInTheDropCounterByReason() throws Exception {
        String before = scrape();
        assertThat(before).contains("arena_tick_ticks_total", "arena_tick_time_seconds",
                "arena_tick_missed_total", "arena_tick_matches_active", "arena_tick_clients_active",
                "arena_tick_datagrams_total", "arena_tick_bytes_total");
        double dropsBefore = unknownTypeDrops(before);
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            socket.send(new DatagramPacket(new byte[]{0x7F, 0, 0, 0}, 4,
                    new InetSocketAddress("127.0.0.1", tickServer.port())));
        }
        double dropsAfter = dropsBefore;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (dropsAfter < dropsBefore + 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            dropsAfter = unknownTypeDrops(scrape());
        }
        assertThat(dropsAfter).isEqualTo(dropsBefore + 1);
    }
}
