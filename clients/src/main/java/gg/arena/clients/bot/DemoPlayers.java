package gg.arena.clients.bot;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The seeded demo players as a client knows them: the same rules as {@code DemoWorld} in
 * subgraphs/common (handles, ratings, password), restated here so the bot does not pull in the server stack.
 */
final class DemoPlayers {

    static final int COUNT = 1000;
    static final String PASSWORD = "arena-demo-password";

    private DemoPlayers() {
    }

    static String handle(int n) {
        String[] adjectives = {"swift", "brave", "silent", "lucky", "iron", "crimson", "frost", "shadow", "solar", "wild"};
        String[] nouns = {"fox", "wolf", "hawk", "viper", "golem", "comet", "raven", "tiger", "lynx", "drake"};
        return adjectives[n % adjectives.length] + "_" + nouns[(n / adjectives.length) % nouns.length] + "_" + n;
    }

    static int rating(int n) {
        return 800 + (int) ((n * 2654435761L) % 1600);
    }

    /**
     * {@code count} players that stand next to each other in the rating order of all demo players,
     * starting at the {@code first}-th (1-based) of that order. Neighbours in rating are a point or two
     * apart, so the matchmaker groups them at once instead of waiting for its band to widen.
     */
    static List<Integer> pick(int first, int count) {
        return IntStream.rangeClosed(1, COUNT).boxed()
                .sorted(Comparator.comparingInt(DemoPlayers::rating).thenComparingInt(n -> n))
                .skip(Math.max(0, first - 1))
                .limit(count)
                .toList();
    }
}
