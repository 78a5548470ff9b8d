package gg.arena.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One built service (a Spring Boot jar) running as its own JVM on a loopback port, its output in
 * {@code target/e2e-logs/<name>.log}. Started by a test, stopped by it (SIGTERM, then a kill after a grace).
 */
final class ServiceProcess implements AutoCloseable {
    /** The repository root: tests run in {@code e2e/}. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Generous: on a loaded machine several Spring Boot JVMs starting at once take minutes; normally ~30 s. */
    static final Duration START_PATIENCE = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** A jar that must have been built, named relative to the repository root. */
    static Path jar(String relative) {
        Path jar = ROOT.resolve(relative);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(relative + " is missing; build it first: ./mvnw -B -o -pl "
                    + "subgraphs/players,subgraphs/social,subgraphs/store,router package -DskipTests");
        }
        return jar;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A subgraph on a free loopback port: embedded defaults unless {@code extraArgs} say otherwise. */
    static ServiceProcess subgraph(String name, Path jar, List<String> jvmOptions, List<String> extraArgs)
            throws IOException {
        int port = freePort();
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        args.addAll(extraArgs);
        return start(name, port, jar, jvmOptions, args);
    }

    /** Stops {@code services} in reverse start order: the router lets go of its subgraph connections first. */
    static void stopAll(List<ServiceProcess> services) {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
    }

    /** Starts {@code java [jvmOptions] -jar jar args…} with the JVM running this test. */
    static ServiceProcess start(String name, int port, Path jar, List<String> jvmOptions, List<String> args)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        Path logs = Path.of("target", "e2e-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ServiceProcess(name, port, p, log);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Waits until {@code POST path} with {@code body} answers 200; fails early when the process exits. */
    void awaitReady(String path, String body) throws InterruptedException {
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready:\n"
                        + tail());
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not answer on port " + port + " within " + START_PATIENCE
                + ":\n" + tail());
    }

    /** The last lines of the service's output, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
