package gg.arena.clients.bot;

import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.client.ClientSwarm;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bot that plays Arena matches like a client would: logs demo players in through GraphQL, queues
 * them, joins the matches that form (joinMatch), plays over UDP, and prints a JSON summary.
 *
 * <pre>
 * java -cp "clients/target/arena-clients-0.1.0-SNAPSHOT.jar:clients/target/lib/*" gg.arena.clients.bot.Bot \
 *   --graphql http://127.0.0.1:4000/graphql --matches 2 --players 2 --duration 20 --tick-rate 30 --loss 0.05
 * </pre>
 *
 * Options: see {@link BotOptions}. The control plane runs on a virtual thread per player; the UDP play
 * of every player shares one event loop ({@link ClientSwarm}: a socket per player, no thread per player).
 */
public final class Bot {

    private final BotOptions options;
    private final ArenaApi api;

    public Bot(BotOptions options, HttpClient http) {
        this.options = options;
        this.api = new ArenaApi(http, options.playersUrl(), options.matchesUrl());
    }

    public static void main(String[] args) throws Exception {
        BotOptions options;
        try {
            options = BotOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bot: " + e.getMessage());
            System.exit(2);
            return;
        }
        ObjectNode summary = new Bot(options, HttpClient.newHttpClient()).run();
        System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        System.exit(summary.path("connected").asInt() == summary.path("players").asInt() ? 0 : 1);
    }

    /** Plays every player to the end and returns the summary. */
    public ObjectNode run() throws InterruptedException {
        List<Integer> players = DemoPlayers.pick(options.firstPlayer(), options.players());
        List<PlayerReport> reports = new ArrayList<>();
        try (ClientSwarm swarm = new ClientSwarm(1, options.tickRate());
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<PlayerReport>> futures = new ArrayList<>();
            for (int n : players) {
                futures.add(threads.submit(() -> player(swarm, n)));
            }
            for (Future<PlayerReport> f : futures) {
                try {
                    reports.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    reports.add(PlayerReport.failed("?", null, String.valueOf(e.getCause())));
                }
            }
        }
        return BotSummary.of(options, reports);
    }

    private PlayerReport player(ClientSwarm swarm, int n) {
        String handle = DemoPlayers.handle(n);
        String matchId = null;
        try {
            String token = api.login(handle, DemoPlayers.PASSWORD);
            ArenaApi.Ticket ticket = api.enqueue(token, options.mode(), options.region());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ticket.matchId() == null) {
                if (!"QUEUED".equals(ticket.status()) || System.nanoTime() > deadline) {
                    return PlayerReport.failed(handle, null, "not matched: ticket " + ticket.status());
                }
                Thread.sleep(250);
                ticket = api.ticket(token, ticket.id());
            }
            matchId = ticket.matchId();
            ArenaApi.Join join = api.joinMatch(token, matchId);
            return BotPlayer.play(swarm, handle, matchId, new InetSocketAddress(join.host(), join.port()),
                    ConnectToken.fromBase64(join.connectToken()), options, n);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return PlayerReport.failed(handle, matchId, e.toString());
        }
    }
}
