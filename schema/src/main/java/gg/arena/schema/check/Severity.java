package gg.arena.schema.check;

/** How a schema change affects existing clients. */
public enum Severity {
    /** Some valid operation may stop validating or get data it cannot handle. */
    BREAKING,
    /** Operations still validate, but clients may meet values they did not expect (a new enum value…). */
    DANGEROUS,
    /** Nothing an existing client does changes. */
    SAFE
}
