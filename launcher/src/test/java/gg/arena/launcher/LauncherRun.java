package gg.arena.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The launcher as a real process (built classes, the test's own java), with its output captured. */
final class LauncherRun implements AutoCloseable {

    private static final Pattern FAKE_PID = Pattern.compile("fake \\S+ pid (\\d+) ");

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    LauncherRun(Path workDir, Map<String, String> env, String... args) throws IOException {
        this(false, workDir, env, args);
    }

    /**
     * With {@code ownProcessGroup}, the launcher runs under {@code setsid}: it leads a process group
     * of its own, as a command in a terminal does, so {@link #ctrlC()} can signal the whole group.
     */
    LauncherRun(boolean ownProcessGroup, Path workDir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (ownProcessGroup) {
            command.add("setsid");
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", launcherClasses().toString(), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("ARENA_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -Xshare:auto");
        builder.environment().remove("NO_COLOR");
        process = builder.start();
        process.getOutputStream().close();
        reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // process gone
            }
        });
    }

    private static Path launcherClasses() {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a line; fails with the whole output so far when it does not come. */
    String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                reader.join(2000);
                for (String line : lines) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected line did not appear; output:\n" + output());
    }

    /** Waits for the launcher to end and returns its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("launcher still running after " + timeout + "; output:\n" + output());
        }
        reader.join(5000);
        return process.exitValue();
    }

    /**
     * Whether this JVM (and so every process it starts) has SIGINT ignored, read from the
     * {@code SigIgn} mask in {@code /proc/self/status}; false where that file does not exist.
     */
    static boolean sigintIgnored() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    long mask = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                    return (mask & (1L << 1)) != 0; // bit n-1 stands for signal n; SIGINT is 2
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }

    /** What Ctrl-C in a terminal does: SIGINT to the launcher and, in the same group, every service. */
    void ctrlC() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -INT -" + process.pid() + " failed");
        }
    }

    /** SIGTERM, keeping the output pipe open ({@link Process#destroy()} would close it). */
    void sigterm() {
        process.toHandle().destroy();
    }

    String output() {
        return String.join("\n", lines);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Pids the fake services reported. */
    List<Long> childPids() {
        List<Long> pids = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = FAKE_PID.matcher(line);
            if (matcher.find()) {
                pids.add(Long.parseLong(matcher.group(1)));
            }
        }
        return pids.stream().distinct().toList();
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Leaves nothing running, whatever the test did. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        for (long pid : childPids()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
