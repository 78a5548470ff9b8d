package gg.arena.launcher.fake;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A stand-in for a subgraph or the router in launcher tests: a real process that serves
 * {@code POST /graphql} like the real thing. Its name is its jar's file name; its behaviour comes
 * from {@code FAKE_<NAME>_*} environment variables, which the launcher passes on:
 * {@code DELAY_MS} (wait before listening), {@code DIE_AFTER_MS} (exit 3 once serving),
 * {@code IGNORE_TERM} (survive SIGTERM), {@code STOP_MARKER} (file written on a graceful stop).
 */
public final class FakeService {

    public static void main(String[] args) throws Exception {
        String jar = Path.of(System.getProperty("java.class.path")).getFileName().toString();
        String name = jar.endsWith(".jar") ? jar.substring(0, jar.length() - 4) : jar;
        String prefix = "FAKE_" + name.toUpperCase(Locale.ROOT) + "_";
        Map<String, String> env = System.getenv();

        System.out.println("fake " + name + " pid " + ProcessHandle.current().pid() + " args " + String.join(" ", args));
        System.err.println("fake " + name + " says hello on stderr");

        String marker = env.get(prefix + "STOP_MARKER");
        boolean ignoreTerm = Boolean.parseBoolean(env.get(prefix + "IGNORE_TERM"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("fake " + name + " stopping");
            if (marker != null) {
                try {
                    Files.writeString(Path.of(marker), "stopped");
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }
            if (ignoreTerm) {
                sleep(600_000);
            }
        }));

        long delay = Long.parseLong(env.getOrDefault(prefix + "DELAY_MS", "0"));
        sleep(delay);

        HttpServer server = HttpServer.create(new InetSocketAddress(port(args)), 0);
        server.createContext("/graphql", exchange -> {
            byte[] body = "{\"data\":{\"__typename\":\"Query\"}}".getBytes(StandardCharsets.UTF_8);
            int status = "POST".equals(exchange.getRequestMethod()) ? 200 : 405;
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("fake " + name + " listening on " + port(args));

        String dieAfter = env.get(prefix + "DIE_AFTER_MS");
        if (dieAfter != null) {
            sleep(Long.parseLong(dieAfter));
            System.out.println("fake " + name + " crashing");
            Runtime.getRuntime().halt(3);
        }
        Thread.currentThread().join();
    }

    /** {@code --server.port=N} (subgraphs) or {@code --port N} (router). */
    private static int port(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--server.port=")) {
                return Integer.parseInt(args[i].substring("--server.port=".length()));
            }
            if (args[i].equals("--port") && i + 1 < args.length) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        throw new IllegalArgumentException("no port in the arguments");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
