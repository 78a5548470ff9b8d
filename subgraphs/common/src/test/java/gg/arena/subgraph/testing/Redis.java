package gg.arena.subgraph.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Whether the Redis of the {@code redis} event bus answers {@code PING}. Redis test classes use
 * {@code @EnabledIf("gg.arena.subgraph.testing.Redis#available")}; CI starts the server first,
 * so there they run rather than skip.
 */
public final class Redis {

    private Redis() {}

    public static String host() {
        return System.getenv().getOrDefault("ARENA_REDIS_HOST", "127.0.0.1");
    }

    public static int port() {
        return Integer.parseInt(System.getenv().getOrDefault("ARENA_REDIS_PORT", "6379"));
    }

    public static boolean available() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port()), 1000);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(5);
            return "+PONG".equals(new String(reply, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }
}
