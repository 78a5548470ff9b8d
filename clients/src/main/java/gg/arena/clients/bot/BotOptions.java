package gg.arena.clients.bot;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Options of the bot; every one has a default, unknown ones fail.
 *
 * @param playersUrl GraphQL endpoint where {@code login} is served (router or players subgraph)
 * @param matchesUrl GraphQL endpoint for {@code enqueue}, {@code matchmakingTicket}, {@code joinMatch}
 * @param matches how many matches to fill
 * @param playersPerMatch 2 (DUEL) or 10 (FREE_FOR_ALL)
 * @param duration how long each bot plays once connected
 * @param tickRate inputs sent per second, 10..128
 * @param lossUp share of datagrams the bot drops before sending, 0..1
 * @param lossDown share of received datagrams the bot drops, 0..1
 * @param firstPlayer demo players are taken from this 1-based position in their rating order on (so several
 *                    bot runs do not collide, and each match's players are close in rating)
 * @param region region to queue in
 */
public record BotOptions(URI playersUrl, URI matchesUrl, int matches, int playersPerMatch, Duration duration,
                         int tickRate, double lossUp, double lossDown, int firstPlayer, String region) {

    static final Set<String> REGIONS = Set.of("NA", "EU", "ASIA", "SA", "OCE");

    public BotOptions {
        if (matches < 1 || matches > 100) {
            throw new IllegalArgumentException("--matches must be 1..100");
        }
        if (playersPerMatch != 2 && playersPerMatch != 10) {
            throw new IllegalArgumentException("--players must be 2 (DUEL) or 10 (FREE_FOR_ALL)");
        }
        if (tickRate < 10 || tickRate > 128) {
            throw new IllegalArgumentException("--tick-rate must be 10..128");
        }
        if (lossUp < 0 || lossUp >= 1 || lossDown < 0 || lossDown >= 1) {
            throw new IllegalArgumentException("--loss-up and --loss-down must be in [0, 1)");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--duration must be positive");
        }
        if (firstPlayer < 1 || firstPlayer + matches * playersPerMatch - 1 > DemoPlayers.COUNT) {
            throw new IllegalArgumentException("--first-player leaves too few of the " + DemoPlayers.COUNT + " demo players");
        }
        if (!REGIONS.contains(region)) {
            throw new IllegalArgumentException("--region must be one of " + REGIONS);
        }
    }

    public String mode() {
        return playersPerMatch == 2 ? "DUEL" : "FREE_FOR_ALL";
    }

    public int players() {
        return matches * playersPerMatch;
    }

    public static BotOptions defaults() {
        URI router = URI.create("http://127.0.0.1:4000/graphql");
        return new BotOptions(router, router, 1, 2, Duration.ofSeconds(20), 30, 0, 0, 1, "EU");
    }

    /** {@code --name value} pairs; {@code --graphql URL} sets both endpoints. */
    public static BotOptions parse(String... args) {
        BotOptions o = defaults();
        URI players = o.playersUrl();
        URI matchesUrl = o.matchesUrl();
        int matches = o.matches();
        int perMatch = o.playersPerMatch();
        Duration duration = o.duration();
        int rate = o.tickRate();
        double up = o.lossUp();
        double down = o.lossDown();
        int first = o.firstPlayer();
        String region = o.region();
        List<String> list = new ArrayList<>(List.of(args));
        for (int i = 0; i < list.size(); i += 2) {
            String name = list.get(i);
            if (i + 1 >= list.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String v = list.get(i + 1);
            switch (name) {
                case "--graphql" -> {
                    players = URI.create(v);
                    matchesUrl = URI.create(v);
                }
                case "--players-url" -> players = URI.create(v);
                case "--matches-url" -> matchesUrl = URI.create(v);
                case "--matches" -> matches = Integer.parseInt(v);
                case "--players" -> perMatch = Integer.parseInt(v);
                case "--duration" -> duration = Duration.ofMillis((long) (Double.parseDouble(v) * 1000));
                case "--tick-rate" -> rate = Integer.parseInt(v);
                case "--loss-up" -> up = Double.parseDouble(v);
                case "--loss-down" -> down = Double.parseDouble(v);
                case "--loss" -> {
                    up = Double.parseDouble(v);
                    down = up;
                }
                case "--first-player" -> first = Integer.parseInt(v);
                case "--region" -> region = v;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new BotOptions(players, matchesUrl, matches, perMatch, duration, rate, up, down, first, region);
    }
}
