package gg.arena.bench.subscriptions;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one load run does, from the command line ({@code --name value}). Every count and time is
 * bounded so a run always ends: connecting, arming and draining each have a timeout.
 *
 * @param ws             graphql-transport-ws endpoint the subscribers connect to
 * @param http           GraphQL-over-HTTP endpoint used to publish ({@code sendChatMessage})
 * @param loginHttp      GraphQL-over-HTTP endpoint with {@code login} (players' own, or the router; default {@code http})
 * @param connections    WebSocket connections to open
 * @param perConnection  subscriptions on each connection
 * @param channels       chat channels the subscriptions are spread over (round robin)
 * @param rate           measured messages published per second, across all channels
 * @param duration       how long the measured publishing lasts
 * @param publishers     demo players (p-0001 …) that take turns publishing
 * @param fields         the selection set under {@code chatMessages}; must select {@code text}
 * @param connectConcurrency connections being opened at the same time
 * @param connectTimeout time allowed for every connection to get {@code connection_ack}
 * @param armTimeout     time allowed for every subscription to receive its channel's warm-up message
 * @param drain          time allowed after the last publish for outstanding deliveries
 * @param pids           processes whose peak RSS and CPU are sampled, by label (e.g. router=1234)
 * @param sampleEvery    how often /proc is sampled
 * @param label          free text stored in the report (e.g. "direct to social, no router")
 * @param jsonOut        where the JSON report is written (null: only printed)
 * @param wsToken        send a logged-in publisher's token in {@code connection_init}
 * @param password       demo players' password
 */
public record LoadOptions(
        URI ws,
        URI http,
        URI loginHttp,
        int connections,
        int perConnection,
        int channels,
        double rate,
        Duration duration,
        int publishers,
        String fields,
        int connectConcurrency,
        Duration connectTimeout,
        Duration armTimeout,
        Duration drain,
        Map<String, Long> pids,
        Duration sampleEvery,
        String label,
        String jsonOut,
        boolean wsToken,
        String password) {

    public static final String ENRICHED_FIELDS = "id text sentAt author { id handle rating }";
    public static final String DIRECT_FIELDS = "id text sentAt author { id }";

    public LoadOptions {
        pids = Map.copyOf(pids);
        require(connections >= 1 && connections <= 100_000, "--connections must be 1..100000");
        require(perConnection >= 1 && perConnection <= 1_000, "--per-connection must be 1..1000");
        require(channels >= 1 && channels <= 100_000, "--channels must be 1..100000");
        require(rate > 0 && rate <= 10_000, "--rate must be in (0, 10000] messages per second");
        require(!duration.isNegative() && !duration.isZero() && duration.toSeconds() <= 3_600,
                "--duration must be 1..3600 seconds");
        require(publishers >= 1 && publishers <= 1_000, "--publishers must be 1..1000 (demo players)");
        require(fields.contains("text"), "--fields must select text (it carries the sequence and the publish time)");
        require(connectConcurrency >= 1 && connectConcurrency <= 10_000, "--connect-concurrency must be 1..10000");
        require(scheme(ws, "ws", "wss"), "--ws must be a ws:// or wss:// URL");
        require(scheme(http, "http", "https"), "--http must be an http:// or https:// URL");
        require(scheme(loginHttp, "http", "https"), "--login-http must be an http:// or https:// URL");
    }

    /** Subscriptions asked for in total. */
    public int subscriptions() {
        return connections * perConnection;
    }

    /** Measured messages to publish. */
    public long messages() {
        return Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
    }

    public static LoadOptions parse(String[] args) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || !KNOWN.contains(name.substring(2))) {
                throw new IllegalArgumentException("unknown option " + name + "\n" + usage());
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            values.computeIfAbsent(name.substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        one(values, "router-pid", null).ifPresent(v -> pids.put("router", pid(v)));
        for (String entry : values.getOrDefault("pid", List.of())) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--pid takes NAME=PID, got " + entry);
            }
            pids.put(entry.substring(0, eq), pid(entry.substring(eq + 1)));
        }
        boolean enrich = bool(one(values, "enrich", "true").orElseThrow(), "--enrich");
        String fields = one(values, "fields", enrich ? ENRICHED_FIELDS : DIRECT_FIELDS).orElseThrow();
        return new LoadOptions(
                uri(one(values, "ws", "ws://127.0.0.1:4000/graphql").orElseThrow(), "--ws"),
                uri(one(values, "http", "http://127.0.0.1:4000/graphql").orElseThrow(), "--http"),
                uri(one(values, "login-http", one(values, "http", "http://127.0.0.1:4000/graphql").orElseThrow())
                        .orElseThrow(), "--login-http"),
                integer(values, "connections", 1_000),
                integer(values, "per-connection", 10),
                integer(values, "channels", 100),
                decimal(values, "rate", 20),
                seconds(values, "duration", 60),
                integer(values, "publishers", 20),
                fields,
                integer(values, "connect-concurrency", 50),
                seconds(values, "connect-timeout", 180),
                seconds(values, "arm-timeout", 60),
                seconds(values, "drain", 15),
                pids,
                Duration.ofMillis(integer(values, "sample-ms", 100)),
                one(values, "label", "").orElseThrow(),
                one(values, "json-out", null).orElse(null),
                bool(one(values, "ws-token", "true").orElseThrow(), "--ws-token"),
                one(values, "password", "arena-demo-password").orElseThrow());
    }

    public static String usage() {
        return """
                usage: SubscriptionLoad [--name value ...]
                  --ws URL                 graphql-transport-ws endpoint (ws://127.0.0.1:4000/graphql)
                  --http URL               GraphQL over HTTP for sendChatMessage (http://127.0.0.1:4000/graphql)
                  --login-http URL         GraphQL over HTTP for login (the --http URL)
                  --connections N          WebSocket connections (1000)
                  --per-connection N       subscriptions per connection (10)
                  --channels N             chat channels, subscriptions spread round robin (100)
                  --rate R                 measured messages per second, across channels (20)
                  --duration SECONDS       measured publishing time (60)
                  --publishers N           demo players p-0001.. publishing in turn (20)
                  --enrich true|false      select author { id handle rating } (true) or author { id } (false)
                  --fields 'SELECTION'     selection under chatMessages instead (must include text)
                  --connect-concurrency N  connections opened at once (50)
                  --connect-timeout S      all connection_acks within (180)
                  --arm-timeout S          every subscription live within (60)
                  --drain S                wait for late deliveries after the last publish (15)
                  --router-pid PID         sample this process's VmHWM/VmRSS/CPU as "router"
                  --pid NAME=PID           sample another process (repeatable)
                  --sample-ms MS           /proc sampling period (100)
                  --label TEXT             stored in the report
                  --json-out FILE          also write the JSON report there
                  --ws-token true|false    send a publisher's token in connection_init (true)
                  --password P             demo password (arena-demo-password)
                """;
    }

    private static final List<String> KNOWN = List.of("ws", "http", "login-http", "connections", "per-connection", "channels",
            "rate", "duration", "publishers", "enrich", "fields", "connect-concurrency", "connect-timeout",
            "arm-timeout", "drain", "router-pid", "pid", "sample-ms", "label", "json-out", "ws-token", "password");

    private static java.util.Optional<String> one(Map<String, List<String>> values, String name, String fallback) {
        List<String> given = values.get(name);
        if (given == null) {
            return java.util.Optional.ofNullable(fallback);
        }
        if (given.size() > 1 && !name.equals("pid")) {
            throw new IllegalArgumentException("--" + name + " given more than once");
        }
        return java.util.Optional.of(given.getLast());
    }

    private static int integer(Map<String, List<String>> values, String name, int fallback) {
        String v = one(values, name, Integer.toString(fallback)).orElseThrow();
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got " + v);
        }
    }

    private static double decimal(Map<String, List<String>> values, String name, double fallback) {
        String v = one(values, name, Double.toString(fallback)).orElseThrow();
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, got " + v);
        }
    }

    private static Duration seconds(Map<String, List<String>> values, String name, int fallback) {
        String v = one(values, name, Integer.toString(fallback)).orElseThrow();
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(v.strip()) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be seconds, got " + v);
        }
    }

    private static boolean bool(String v, String name) {
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, got " + v);
        };
    }

    private static long pid(String v) {
        try {
            long pid = Long.parseLong(v.strip());
            if (pid > 0) {
                return pid;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("a pid must be a positive number, got " + v);
    }

    private static URI uri(String v, String name) {
        try {
            return URI.create(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + v);
        }
    }

    private static boolean scheme(URI uri, String... allowed) {
        return uri.getScheme() != null && List.of(allowed).contains(uri.getScheme()) && uri.getHost() != null;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
