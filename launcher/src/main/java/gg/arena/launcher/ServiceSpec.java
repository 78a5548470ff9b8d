package gg.arena.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One service to run: its name (the output prefix), the jar, the port it must answer GraphQL on,
 * the JVM options before {@code -jar}, the arguments after {@code -jar <jar>}, and extra
 * environment variables.
 */
public record ServiceSpec(
        String name, Kind kind, Path jar, int port, List<String> jvmOptions, List<String> args, Map<String, String> env) {

    public enum Kind { SUBGRAPH, ROUTER }

    public ServiceSpec {
        jvmOptions = List.copyOf(jvmOptions);
        args = List.copyOf(args);
        env = Map.copyOf(env);
    }

    /** Where the readiness probe and the ready banner point. */
    public URI graphqlUrl() {
        return URI.create("http://localhost:" + port + "/graphql");
    }
}
