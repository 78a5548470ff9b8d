package gg.arena.router.plan;

/** The operation cannot be planned over this supergraph (the message says which field and why). */
public final class PlanningException extends RuntimeException {
    public PlanningException(String message) {
        super(message);
    }
}
