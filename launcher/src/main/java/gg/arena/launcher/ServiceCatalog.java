package gg.arena.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which services exist, where their jars are and which port each gets. Subgraph jars are
 * {@code subgraphs/<name>/target/<name>.jar}; the router is {@code router/target/router.jar},
 * started only when it and {@code schema/supergraph.graphql} exist (or was asked for by name),
 * with a {@code --subgraph-url name=URL} for every subgraph started beside it, so it reaches them
 * on whatever ports they got. Ports come from {@code ARENA_<NAME>_PORT}.
 */
public final class ServiceCatalog {

    public static final List<String> SUBGRAPHS = List.of("players", "matches", "store", "social");
    public static final String ROUTER = "router";
    public static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            ROUTER, 4000, "players", 4001, "matches", 4002, "store", 4003, "social", 4004);
    /**
     * JVM options of a subgraph unless {@code ARENA_JAVA_OPTS} is set: JIT tier 1 only. Four Spring
     * Boot apps starting at once on two cores spend most of their start-up in the optimising
     * compiler; without it they answer in well under half the time, at the cost of peak
     * throughput, which a local run does not need. The router keeps the JVM's defaults.
     */
    public static final List<String> SUBGRAPH_JVM_DEFAULTS = List.of("-XX:TieredStopAtLevel=1");
    static final String BUILD_HINT = "build it first: ./mvnw -q -B install -DskipTests (./arena run does this)";

    /** The services to start, in start order (subgraphs, then the router), and notes for the user. */
    public record Plan(List<ServiceSpec> subgraphs, List<ServiceSpec> routers, List<String> notes) {
        public Plan {
            subgraphs = List.copyOf(subgraphs);
            routers = List.copyOf(routers);
            notes = List.copyOf(notes);
        }

        public List<ServiceSpec> all() {
            List<ServiceSpec> all = new ArrayList<>(subgraphs);
            all.addAll(routers);
            return all;
        }
    }

    private final Path root;
    private final Map<String, String> env;

    public ServiceCatalog(Path root, Map<String, String> env) {
        this.root = root;
        this.env = env;
    }

    public Plan plan(LaunchOptions options) {
        for (String name : options.only()) {
            if (!SUBGRAPHS.contains(name) && !ROUTER.equals(name)) {
                throw new LaunchFailure(LaunchFailure.USAGE, "unknown service '" + name + "' in --only; known: "
                        + String.join(", ", SUBGRAPHS) + ", " + ROUTER);
            }
        }
        List<String> notes = new ArrayList<>();
        List<ServiceSpec> subgraphs = new ArrayList<>();
        List<String> subgraphUrls = new ArrayList<>();
        for (String name : SUBGRAPHS) {
            if (!options.only().isEmpty() && !options.only().contains(name)) {
                continue;
            }
            Path jar = root.resolve("subgraphs").resolve(name).resolve("target").resolve(name + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new LaunchFailure(LaunchFailure.USAGE, name + ": " + root.relativize(jar) + " is missing; " + BUILD_HINT);
            }
            int port = port(name);
            List<String> args = new ArrayList<>();
            args.add("--server.port=" + port);
            options.profile().ifPresent(profile -> args.add("--spring.profiles.active=" + profile));
            args.addAll(options.subgraphArgs());
            subgraphs.add(new ServiceSpec(name, ServiceSpec.Kind.SUBGRAPH, jar, port,
                    jvmOptions().orElse(SUBGRAPH_JVM_DEFAULTS), args, Map.of()));
            subgraphUrls.add("--subgraph-url");
            subgraphUrls.add(name + "=http://localhost:" + port + "/graphql");
        }

        List<ServiceSpec> routers = new ArrayList<>();
        boolean routerWanted = !options.noRouter() && (options.only().isEmpty() || options.only().contains(ROUTER));
        boolean routerNamed = options.only().contains(ROUTER);
        if (routerWanted) {
            Path jar = root.resolve("router/target/router.jar");
            Path supergraph = root.resolve("schema/supergraph.graphql");
            String missing = !Files.isRegularFile(jar) ? root.relativize(jar).toString()
                    : !Files.isRegularFile(supergraph) ? root.relativize(supergraph).toString() : null;
            if (missing == null) {
                int port = port(ROUTER);
                List<String> args = new ArrayList<>(List.of("--supergraph", supergraph.toString(), "--port", Integer.toString(port)));
                args.addAll(subgraphUrls);
                routers.add(new ServiceSpec(ROUTER, ServiceSpec.Kind.ROUTER, jar, port, jvmOptions().orElse(List.of()), args, Map.of()));
            } else if (routerNamed) {
                throw new LaunchFailure(LaunchFailure.USAGE, "router: " + missing + " is missing; " + BUILD_HINT);
            } else {
                notes.add("router not started: " + missing + " does not exist yet");
            }
        }
        if (subgraphs.isEmpty() && routers.isEmpty()) {
            throw new LaunchFailure(LaunchFailure.USAGE, "nothing to start");
        }
        return new Plan(subgraphs, routers, notes);
    }

    /** {@code ARENA_JAVA_OPTS} split on whitespace, when set (set but empty: no options at all). */
    Optional<List<String>> jvmOptions() {
        String value = env.get("ARENA_JAVA_OPTS");
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value.isBlank() ? List.of() : List.of(value.strip().split("\\s+")));
    }

    /** The port for a service: {@code ARENA_<NAME>_PORT}, else its default. */
    public int port(String name) {
        String variable = "ARENA_" + name.toUpperCase(Locale.ROOT) + "_PORT";
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return DEFAULT_PORTS.get(name);
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LaunchFailure(LaunchFailure.USAGE, variable + " must be a port number (1-65535), got '" + value + "'");
        }
    }
}
