package gg.arena.subgraph.demo;

import java.util.List;

/**
 * The seed rules of the demo world, shared so that the four subgraphs, each seeding its own
 * database on first start, agree on who exists without talking to each other. Everything is
 * a pure function of an index: the same on every machine and every start.
 */
public final class DemoWorld {

    /** Players seeded by the players service; the others seed data about these ids. */
    public static final int PLAYERS = 1000;
    /** Finished matches seeded by the matches service. */
    public static final int MATCHES = 5000;
    /** Catalogue items seeded by the store. */
    public static final int ITEMS = 200;
    /** Password of every seeded player, for trying the demo. */
    public static final String DEMO_PASSWORD = "arena-demo-password";
    /** Gems in a seeded wallet and in a new player's wallet. */
    public static final int STARTING_GEMS = 5000;

    public static final List<String> REGIONS = List.of("NA", "EU", "ASIA", "SA", "OCE");

    private DemoWorld() {}

    /** Id of seeded player {@code n}, 1-based: {@code p-0001} … {@code p-1000}. */
    public static String playerId(int n) {
        return String.format("p-%04d", n);
    }

    /** 1-based index of a seeded player id, or -1 for any other id. */
    public static int playerIndex(String id) {
        if (id == null || id.length() != 6 || !id.startsWith("p-")) {
            return -1;
        }
        try {
            int n = Integer.parseInt(id.substring(2));
            return n >= 1 && n <= PLAYERS ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Handle of seeded player {@code n}: an adjective-noun pair plus the index, e.g. {@code swift_fox_7}. */
    public static String handle(int n) {
        String[] adjectives = {"swift", "brave", "silent", "lucky", "iron", "crimson", "frost", "shadow", "solar", "wild"};
        String[] nouns = {"fox", "wolf", "hawk", "viper", "golem", "comet", "raven", "tiger", "lynx", "drake"};
        return adjectives[n % adjectives.length] + "_" + nouns[(n / adjectives.length) % nouns.length] + "_" + n;
    }

    /** Region of seeded player {@code n}. */
    public static String region(int n) {
        return REGIONS.get(n % REGIONS.size());
    }

    /** Starting rating of seeded player {@code n}: spread over 800..2399 by a fixed scramble. */
    public static int rating(int n) {
        return 800 + (int) ((n * 2654435761L) % 1600);
    }

    /** A small deterministic pseudo-random generator (SplitMix64), for seeding. */
    public static final class Random {
        private long state;

        public Random(long seed) {
            this.state = seed;
        }

        public long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, bound). */
        public int nextInt(int bound) {
            return (int) Math.floorMod(nextLong(), (long) bound);
        }
    }
}
