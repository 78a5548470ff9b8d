package gg.arena.clients;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The command line of {@link ArenaClient}.
 *
 * @param endpoint      GraphQL endpoint ({@code --endpoint}, default {@code http://127.0.0.1:4000/graphql}, the router)
 * @param operationFile the operation document to run ({@code --operation}, required)
 * @param operationName which operation of the file ({@code --operation-name}; needed only when it holds several)
 * @param variables     variables as a JSON object, or {@code @file.json} ({@code --variables}, default {@code {}})
 * @param token         bearer token ({@code --token}, or the environment variable {@code ARENA_TOKEN});
 *                      sent as {@code Authorization: Bearer <token>}
 * @param timeout       request timeout ({@code --timeout-seconds}, default 30)
 */
public record ClientOptions(URI endpoint, Path operationFile, String operationName, String variables, String token,
                            Duration timeout) {

    static final String USAGE = """
            usage: ArenaClient --operation <file.graphql> [--endpoint <url>] [--operation-name <name>]
                               [--variables '<json object>' | --variables @<file.json>] [--token <jwt>]
                               [--timeout-seconds <n>]
            Runs one operation and prints the JSON response. Exit code: 0 success, 1 GraphQL errors or an
            HTTP error status, 2 bad usage, 3 the endpoint could not be reached.
              --endpoint         default http://127.0.0.1:4000/graphql
              --token            default: environment variable ARENA_TOKEN; sent as Authorization: Bearer
            """;

    /** Thrown for a command line that cannot run; its message says why. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Parses the arguments; {@code environment} supplies {@code ARENA_TOKEN}. */
    public static ClientOptions parse(String[] args, Map<String, String> environment) {
        URI endpoint = URI.create("http://127.0.0.1:4000/graphql");
        Path operation = null;
        String operationName = null;
        String variables = "{}";
        String token = environment.get("ARENA_TOKEN");
        Duration timeout = Duration.ofSeconds(30);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException("");
            }
            if (i + 1 >= args.length) {
                throw new UsageException(arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--endpoint" -> endpoint = endpoint(value);
                case "--operation" -> operation = Path.of(value);
                case "--operation-name" -> operationName = value;
                case "--variables" -> variables = value;
                case "--token" -> token = value;
                case "--timeout-seconds" -> timeout = Duration.ofSeconds(positive(value));
                default -> throw new UsageException("unknown argument " + arg);
            }
        }
        if (operation == null) {
            throw new UsageException("--operation is required");
        }
        return new ClientOptions(endpoint, operation, operationName, variables, token == null || token.isBlank() ? null : token,
                timeout);
    }

    private static URI endpoint(String value) {
        try {
            URI uri = URI.create(value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new UsageException("--endpoint must be an http(s) URL, got " + value);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--endpoint is not a URL: " + value);
        }
    }

    private static long positive(String value) {
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the usage error
        }
        throw new UsageException("--timeout-seconds must be a positive number, got " + value);
    }
}
