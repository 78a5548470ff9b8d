package gg.arena.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code java -jar launcher/target/launcher.jar [--only players,matches] [--no-router] [--profile postgres]}:
 * runs the whole supergraph from one terminal.
 *
 * <p>Exit status: 0 after a stop by SIGTERM or Ctrl-C; 1 when a service died or did not become
 * ready (the others are stopped first); 2 for a wrong command line or a missing build.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Console plain = new Console(System.out, false, List.of());
        LaunchOptions options;
        ServiceCatalog.Plan plan;
        Path root;
        try {
            options = LaunchOptions.parse(args);
            if (options.help()) {
                System.out.print(LaunchOptions.USAGE);
                return;
            }
            root = RepoRoot.find();
            plan = new ServiceCatalog(root, System.getenv()).plan(options);
        } catch (LaunchFailure failure) {
            plain.info("error: " + failure.getMessage());
            System.exit(failure.exitStatus());
            return;
        }

        List<String> names = plan.all().stream().map(ServiceSpec::name).toList();
        Console console = new Console(System.out, Console.colourWanted(), names);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Supervisor supervisor = new Supervisor(java, root, console);
        AtomicInteger exitStatus = new AtomicInteger(0);

        // SIGTERM and Ctrl-C run shutdown hooks; halting from the hook makes a requested stop exit 0
        // (instead of the JVM's 143/130) while a failure keeps the status main recorded.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            supervisor.stopAll(options.stopTimeout());
            console.info("bye");
            console.flush();
            System.err.flush();
            Runtime.getRuntime().halt(exitStatus.get());
        }, "arena-shutdown"));

        plan.notes().forEach(console::info);
        console.info("starting " + String.join(", ", names) + " from " + root);
        long started = System.nanoTime();
        try {
            supervisor.startAll(plan, options.startTimeout());
        } catch (LaunchFailure failure) {
            fail(supervisor, console, exitStatus, failure.exitStatus(), "error: " + failure.getMessage());
            return;
        }
        banner(console, plan, started);

        ChildProcess dead = supervisor.awaitFirstExit();
        // Ctrl-C reaches the children too, and they may exit a moment before the hook starts.
        sleep(750);
        dead.drain();
        fail(supervisor, console, exitStatus, LaunchFailure.SERVICE_FAILED,
                "error: " + dead.name() + " exited with status " + dead.exitValue() + "; stopping the others");
    }

    private static void fail(Supervisor supervisor, Console console, AtomicInteger exitStatus, int status, String message) {
        if (supervisor.stopping()) {
            parkUntilHalted();
        }
        console.info(message);
        exitStatus.set(status);
        System.exit(status);
    }

    private static void banner(Console console, ServiceCatalog.Plan plan, long started) {
        console.info(String.format(Locale.ROOT, "all services ready in %.1f s", Supervisor.seconds(started)));
        for (ServiceSpec spec : plan.all()) {
            console.info(String.format("  %-8s %s", spec.name(), spec.graphqlUrl()));
        }
        console.info("press Ctrl-C to stop");
    }

    /** The shutdown hook is running and will halt the JVM; wait for it. */
    private static void parkUntilHalted() {
        while (true) {
            sleep(60_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
