package gg.arena.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The launcher's command line. Unknown options are rejected, so a typo fails before anything
 * starts; arguments after {@code --} go verbatim to every subgraph.
 *
 * @param only services to start (empty: all subgraphs, plus the router when it is built)
 * @param noRouter never start the router
 * @param profile Spring profile for the subgraphs ({@code --spring.profiles.active}), e.g. {@code postgres}
 * @param startTimeout how long every service together may take to answer GraphQL
 * @param stopTimeout how long a service may take to stop after SIGTERM before it is killed
 * @param subgraphArgs extra arguments passed to every subgraph
 * @param help print usage and exit
 */
public record LaunchOptions(
        Set<String> only,
        boolean noRouter,
        Optional<String> profile,
        Duration startTimeout,
        Duration stopTimeout,
        List<String> subgraphArgs,
        boolean help) {

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(300);
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

    public static final String USAGE = """
            Usage: java -jar launcher/target/launcher.jar [options] [-- subgraph args...]

              --only a,b          start only these services (players, matches, store, social, router)
              --no-router         do not start the router
              --profile NAME      Spring profile for the subgraphs, e.g. postgres
              --timeout SECONDS   start-up timeout for all services (default 300)
              --stop-timeout SEC  grace period after SIGTERM before a service is killed (default 30)
              -h, --help          this text
              -- ARGS             passed to every subgraph, e.g. -- --arena.demo.seed=false

            Ports: ARENA_ROUTER_PORT (4000), ARENA_PLAYERS_PORT (4001), ARENA_MATCHES_PORT (4002),
                   ARENA_STORE_PORT (4003), ARENA_SOCIAL_PORT (4004).
            JVM options for every service: ARENA_JAVA_OPTS (default: -XX:TieredStopAtLevel=1 for the
            subgraphs, for a fast start; set it, even to nothing, to replace that).
            """;

    public LaunchOptions {
        only = Set.copyOf(only);
        subgraphArgs = List.copyOf(subgraphArgs);
    }

    /** Parses the command line; throws {@link LaunchFailure} with status {@link LaunchFailure#USAGE}. */
    public static LaunchOptions parse(String... args) {
        Set<String> only = new LinkedHashSet<>();
        boolean noRouter = false;
        String profile = null;
        Duration startTimeout = DEFAULT_START_TIMEOUT;
        Duration stopTimeout = DEFAULT_STOP_TIMEOUT;
        List<String> passThrough = new ArrayList<>();
        boolean help = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--" -> {
                    passThrough.addAll(Arrays.asList(args).subList(i + 1, args.length));
                    i = args.length;
                }
                case "-h", "--help" -> help = true;
                case "--no-router" -> noRouter = true;
                case "--only" -> {
                    String value = inlineValue != null ? inlineValue : valueOf(args, ++i, name);
                    for (String service : value.split(",")) {
                        if (!service.isBlank()) {
                            only.add(service.strip());
                        }
                    }
                    if (only.isEmpty()) {
                        throw usage("--only needs at least one service name");
                    }
                }
                case "--profile" -> profile = inlineValue != null ? inlineValue : valueOf(args, ++i, name);
                case "--timeout" -> startTimeout = seconds(inlineValue != null ? inlineValue : valueOf(args, ++i, name), name);
                case "--stop-timeout" -> stopTimeout = seconds(inlineValue != null ? inlineValue : valueOf(args, ++i, name), name);
                default -> throw usage("unknown option " + arg
                        + " (arguments for the subgraphs go after --, e.g. -- --arena.demo.seed=false)");
            }
        }
        if (profile != null && profile.isBlank()) {
            throw usage("--profile needs a name");
        }
        return new LaunchOptions(only, noRouter, Optional.ofNullable(profile), startTimeout, stopTimeout, passThrough, help);
    }

    private static String valueOf(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw usage(option + " needs a value");
        }
        return args[index];
    }

    private static Duration seconds(String value, String option) {
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds <= 0) {
                throw usage(option + " must be a positive number of seconds, got " + value);
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw usage(option + " must be a whole number of seconds, got " + value);
        }
    }

    private static LaunchFailure usage(String message) {
        return new LaunchFailure(LaunchFailure.USAGE, message + "\n\n" + USAGE);
    }
}
