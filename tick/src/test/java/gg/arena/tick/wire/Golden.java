package gg.arena.tick.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Golden-bytes files under src/test/resources/golden: hex, 16 bytes a line, lines starting with '#' are
 * comments. Run the tests with {@code -Dgolden.update=true} to rewrite them after a deliberate format
 * change (and review the diff).
 */
final class Golden {

    private Golden() {
    }

    static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    static byte[] read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name + ".hex")) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name
                        + ".hex; run with -Dgolden.update=true to create it");
            }
            StringBuilder hex = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#")) {
                    hex.append(line.replaceAll("\\s", ""));
                }
            }
            return HexFormat.of().parseHex(hex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(String name, String comment, byte[] bytes) {
        StringBuilder out = new StringBuilder("# ").append(comment).append('\n');
        HexFormat hex = HexFormat.ofDelimiter(" ");
        for (int i = 0; i < bytes.length; i += 16) {
            int end = Math.min(bytes.length, i + 16);
            byte[] row = java.util.Arrays.copyOfRange(bytes, i, end);
            out.append(hex.formatHex(row)).append('\n');
        }
        try {
            Path file = Path.of("src/test/resources/golden", name + ".hex");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
