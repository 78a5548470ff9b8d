package gg.arena.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

/**
 * Starts the services of a {@link ServiceCatalog.Plan}, waits until each answers GraphQL, watches
 * them, and stops them all: SIGTERM first, SIGKILL for whatever is still running after the grace
 * period. Subgraphs start together; the router starts once they are ready, since it exists to
 * call them.
 */
public final class Supervisor {

    private final Path java;
    private final Path workDir;
    private final Console console;
    private final ReadinessProbe probe = new ReadinessProbe();
    private final List<ChildProcess> children = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();
    private volatile boolean stopping;

    public Supervisor(Path java, Path workDir, Console console) {
        this.java = java;
        this.workDir = workDir;
        this.console = console;
    }

    /** True once {@link #stopAll} has begun: exits seen after that are expected. */
    public boolean stopping() {
        return stopping;
    }

    public List<ChildProcess> children() {
        return List.copyOf(children);
    }

    /** Starts every service and returns once all answer; throws {@link LaunchFailure} otherwise. */
    public void startAll(ServiceCatalog.Plan plan, Duration timeout) {
        for (ServiceSpec spec : plan.all()) {
            if (ReadinessProbe.portTaken(spec.port())) {
                throw new LaunchFailure(LaunchFailure.USAGE, spec.name() + ": port " + spec.port()
                        + " is already in use; stop whatever listens there or set ARENA_"
                        + spec.name().toUpperCase(Locale.ROOT) + "_PORT");
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long started = System.nanoTime();
        awaitReady(start(plan.subgraphs()), deadline, started, timeout);
        awaitReady(start(plan.routers()), deadline, started, timeout);
    }

    private List<ChildProcess> start(List<ServiceSpec> specs) {
        List<ChildProcess> group = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            synchronized (lifecycle) {
                if (stopping) {
                    throw new LaunchFailure(LaunchFailure.SERVICE_FAILED, "stopping");
                }
                ChildProcess child = ChildProcess.start(spec, java, workDir, console);
                children.add(child);
                group.add(child);
            }
            console.info("started " + spec.name() + " (pid " + children.getLast().pid() + ", port " + spec.port() + ")");
        }
        return group;
    }

    private void awaitReady(List<ChildProcess> group, long deadline, long started, Duration timeout) {
        Set<ChildProcess> pending = new LinkedHashSet<>(group);
        while (!pending.isEmpty()) {
            for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                ChildProcess child = iterator.next();
                if (!child.isAlive()) {
                    throw new LaunchFailure(LaunchFailure.SERVICE_FAILED, child.name() + " exited with status "
                            + child.exitValue() + " before it was ready" + tailOf(child));
                }
                if (probe.ready(child.spec().graphqlUrl())) {
                    console.info(String.format(Locale.ROOT, "%s ready after %.1f s", child.name(), seconds(started)));
                    iterator.remove();
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ChildProcess late = pending.iterator().next();
                throw new LaunchFailure(LaunchFailure.SERVICE_FAILED, late.name() + " did not answer POST "
                        + late.spec().graphqlUrl() + " within " + timeout.toSeconds() + " s" + tailOf(late));
            }
            sleep(250);
        }
    }

    /** Blocks until any service exits and returns it. */
    public ChildProcess awaitFirstExit() {
        List<ChildProcess> watched = children();
        CompletableFuture<?>[] exits = watched.stream().map(ChildProcess::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.anyOf(exits).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // onExit futures do not fail; fall through and look at the processes.
        }
        return watched.stream().filter(child -> !child.isAlive()).findFirst().orElse(watched.getFirst());
    }

    /** SIGTERM to every running service, wait up to {@code grace}, SIGKILL the rest. Runs once. */
    public void stopAll(Duration grace) {
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        List<ChildProcess> running = children().stream().filter(ChildProcess::isAlive).toList();
        if (running.isEmpty()) {
            return;
        }
        console.info("stopping " + String.join(", ", running.stream().map(ChildProcess::name).toList()));
        running.forEach(ChildProcess::terminate);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ChildProcess child : running) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!child.awaitExit(left)) {
                console.info(child.name() + " still running " + grace.toSeconds() + " s after SIGTERM; killing it");
                child.kill();
                child.awaitExit(Duration.ofSeconds(10));
            }
            child.drain();
            console.info(child.name() + " stopped" + (child.isAlive() ? " (still alive!)" : " (exit " + child.exitValue() + ")"));
        }
    }

    String tailOf(ChildProcess child) {
        List<String> lines = child.tail();
        if (lines.isEmpty()) {
            return " (it printed nothing)";
        }
        StringBuilder text = new StringBuilder("; last lines of " + child.name() + ":");
        lines.forEach(line -> text.append("\n    ").append(line));
        return text.toString();
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
