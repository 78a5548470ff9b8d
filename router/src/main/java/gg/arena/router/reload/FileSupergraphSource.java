package gg.arena.router.reload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A supergraph SDL file, polled by content hash. A file whose content still changes while it is read (a copy or an
 * editor still writing) is left for the next poll: a changed content counts only when two reads {@code settle}
 * apart agree.
 */
public final class FileSupergraphSource implements SupergraphSource {
    private final Path file;
    private final Duration settle;
    private byte[] last;

    public FileSupergraphSource(Path file, Duration settle) {
        this.file = file;
        this.settle = settle;
    }

    @Override
    public String describe() {
        return "file " + file;
    }

    @Override
    public Poll poll() {
        byte[] first;
        try {
            first = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Poll.Unavailable(file + " does not exist (being replaced?)");
        } catch (IOException e) {
            return new Poll.Unavailable("cannot read " + file + ": " + e.getMessage());
        }
        if (last != null && Arrays.equals(first, last)) {
            return new Poll.Sdl(Fingerprints.of(first), new String(first, StandardCharsets.UTF_8));
        }
        try {
            Thread.sleep(settle.toMillis());
            byte[] again = Files.readAllBytes(file);
            if (!Arrays.equals(first, again)) {
                return new Poll.Unavailable(file + " is still being written");
            }
        } catch (IOException e) {
            return new Poll.Unavailable("cannot read " + file + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Poll.Unavailable("interrupted");
        }
        last = first;
        if (first.length == 0) {
            return new Poll.Invalid(Fingerprints.of(first), List.of(file + " is empty"));
        }
        return new Poll.Sdl(Fingerprints.of(first), new String(first, StandardCharsets.UTF_8));
    }
}
