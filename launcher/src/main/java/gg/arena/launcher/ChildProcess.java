package gg.arena.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One running service: a child JVM whose stdout and stderr are merged, forwarded line by line
 * through the {@link Console} and kept as a short tail for error messages.
 */
public final class ChildProcess {

    static final int TAIL_LINES = 40;

    private final ServiceSpec spec;
    private final Process process;
    private final Deque<String> tail = new ArrayDeque<>();
    private final Thread pump;

    private ChildProcess(ServiceSpec spec, Process process, Console console) {
        this.spec = spec;
        this.process = process;
        this.pump = Thread.ofPlatform().name("output-" + spec.name()).daemon().start(() -> forward(console));
    }

    /** Starts {@code java <jvmOptions> -jar <jar> <args>} in {@code workDir}. */
    public static ChildProcess start(ServiceSpec spec, Path java, Path workDir, Console console) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(spec.jvmOptions());
        command.add("-jar");
        command.add(spec.jar().toString());
        command.addAll(spec.args());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(spec.env());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return new ChildProcess(spec, process, console);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name() + ": " + String.join(" ", command), e);
        }
    }

    private void forward(Console console) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (tail) {
                    if (tail.size() == TAIL_LINES) {
                        tail.removeFirst();
                    }
                    tail.addLast(line);
                }
                console.line(spec.name(), line);
            }
        } catch (IOException e) {
            // The pipe closes when the child dies; nothing left to forward.
        }
    }

    public ServiceSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** The last lines the service printed, oldest first. Waits briefly for the pump after an exit. */
    public List<String> tail() {
        if (!process.isAlive()) {
            drain();
        }
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    /** Waits (briefly) until everything the exited process printed has been forwarded. */
    public void drain() {
        try {
            pump.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sends SIGTERM (a no-op when already gone). Through the {@link ProcessHandle}, because
     * {@link Process#destroy()} also closes our end of the output pipe and the service's
     * shutdown log would be lost.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Sends SIGKILL. */
    public void kill() {
        process.toHandle().destroyForcibly();
    }

    /** Waits up to {@code timeout} for the process to end; true when it has. */
    public boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
