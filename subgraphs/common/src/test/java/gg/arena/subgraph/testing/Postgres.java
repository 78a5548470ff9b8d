package gg.arena.subgraph.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Whether the PostgreSQL of the {@code postgres} profile answers. PostgreSQL test classes use
 * {@code @EnabledIf("gg.arena.subgraph.testing.Postgres#available")}; CI starts the server
 * first, so there they run rather than skip.
 */
public final class Postgres {

    private Postgres() {}

    public static String host() {
        return System.getenv().getOrDefault("ARENA_DB_HOST", "127.0.0.1");
    }

    public static int port() {
        return Integer.parseInt(System.getenv().getOrDefault("ARENA_DB_PORT", "5432"));
    }

    public static boolean available() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
