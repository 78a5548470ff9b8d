package gg.arena.router.config;

/** Configuration the router cannot start with; the message says which option or key and why. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
