package gg.arena.launcher;

import java.io.PrintStream;
import java.util.List;

/**
 * Everything the launcher prints goes through here, one whole line at a time, each prefixed with
 * the service it came from ({@code players | ...}) so interleaved output stays readable.
 * Prefixes are coloured only on a terminal, and never when {@code NO_COLOR} is set.
 */
public final class Console {

    static final String SELF = "arena";
    private static final String[] COLOURS = {"\u001b[36m", "\u001b[33m", "\u001b[35m", "\u001b[32m", "\u001b[34m"};
    private static final String RESET = "\u001b[0m";

    private final PrintStream out;
    private final boolean colour;
    private final int width;
    private final List<String> names;

    public Console(PrintStream out, boolean colour, List<String> names) {
        this.out = out;
        this.colour = colour;
        this.names = List.copyOf(names);
        this.width = Math.max(SELF.length(), names.stream().mapToInt(String::length).max().orElse(0));
    }

    /** Colour when stdout is a terminal and {@code NO_COLOR} is not set. */
    public static boolean colourWanted() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("NO_COLOR") == null && term != null && !"dumb".equals(term);
    }

    /** A line of the launcher's own. */
    public void info(String line) {
        line(SELF, line);
    }

    /** A line of service {@code name}'s output. */
    public synchronized void line(String name, String line) {
        String prefix = String.format("%-" + width + "s | ", name);
        if (colour) {
            int index = names.indexOf(name);
            String code = index < 0 ? "\u001b[1m" : COLOURS[index % COLOURS.length];
            prefix = code + prefix + RESET;
        }
        for (String part : line.split("\n", -1)) {
            out.println(prefix + part);
        }
        out.flush();
    }

    public synchronized void flush() {
        out.flush();
    }
}
