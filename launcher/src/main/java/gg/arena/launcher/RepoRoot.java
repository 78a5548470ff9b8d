package gg.arena.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the checkout the launcher belongs to: the nearest folder, upwards from the working
 * directory and then from the launcher's own jar, that holds {@code pom.xml} and
 * {@code subgraphs/}. So {@code java -jar launcher/target/launcher.jar} works from the root and
 * from any folder below it.
 */
public final class RepoRoot {

    private RepoRoot() {}

    public static Path find() {
        Path cwd = Path.of("").toAbsolutePath();
        return search(cwd)
                .or(() -> codeLocation().flatMap(RepoRoot::search))
                .orElseThrow(() -> new LaunchFailure(LaunchFailure.USAGE,
                        "cannot find the Arena checkout (a folder with pom.xml and subgraphs/) above " + cwd
                                + "; run the launcher from inside the repository"));
    }

    static Optional<Path> search(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("subgraphs"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = RepoRoot.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }
}
