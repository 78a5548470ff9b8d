package gg.arena.launcher;

/**
 * Why the launcher has to stop, with the exit status it stops with: {@link #USAGE} for a wrong
 * command line or a missing build, {@link #SERVICE_FAILED} for a service that died or never
 * became ready.
 */
public final class LaunchFailure extends RuntimeException {

    /** Bad arguments, a missing jar, a taken port: nothing was started. */
    public static final int USAGE = 2;
    /** A service died or did not become ready in time; the others were stopped. */
    public static final int SERVICE_FAILED = 1;

    private final int exitStatus;

    public LaunchFailure(int exitStatus, String message) {
        super(message);
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
