package gg.arena.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK detection of the {@code arena} script, against fake JDKs that only report a version. */
class ArenaScriptTest {

    private static final Path SCRIPT = RepoRoot.search(Path.of("").toAbsolutePath()).orElseThrow().resolve("arena");

    @TempDir
    Path jvms;

    record Result(int status, String stdout, String stderr) {}

    @Test
    void prefersJavaHomeWhenItIsRecentEnough() throws Exception {
        Path jdk21 = fakeJdk("jdk-21", "21");
        fakeJdk("jdk-25", "25");

        Result result = run(Map.of("JAVA_HOME", jdk21.toString()), "java-home");

        assertThat(result.status()).isZero();
        assertThat(result.stdout().strip()).isEqualTo(jdk21.toString());
    }

    @Test
    void otherwiseTakesTheNewestJdkInTheJvmFolder() throws Exception {
        Path jdk17 = fakeJdk("jdk-17", "17");
        fakeJdk("jdk-21", "21");
        Path jdk25 = fakeJdk("jdk-25", "25");
        fakeJdk("jre-8", "1.8");

        Result result = run(Map.of("JAVA_HOME", jdk17.toString()), "java-home");

        assertThat(result.stdout().strip()).isEqualTo(jdk25.toString());
    }

    @Test
    void saysClearlyWhenThereIsNoJdk21() throws Exception {
        Path jdk17 = fakeJdk("jdk-17", "17");
        fakeJdk("jre-8", "1.8");

        Result result = run(Map.of("JAVA_HOME", jdk17.toString()), "java-home");

        assertThat(result.status()).isNotZero();
        assertThat(result.stderr()).contains("a JDK 21 or newer is needed");
    }

    @Test
    void rejectsUnknownCommands() throws Exception {
        Result result = run(Map.of(), "deploy");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr()).contains("unknown command 'deploy'").contains("./arena run");
    }

    /** A folder that looks like a JDK of the given {@code java.specification.version}. */
    private Path fakeJdk(String name, String version) throws IOException {
        Path bin = Files.createDirectories(jvms.resolve(name).resolve("bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Path file = bin.resolve(tool);
            Files.writeString(file, "#!/bin/sh\necho '    java.specification.version = " + version + "' >&2\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return jvms.resolve(name);
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString());
        builder.command().addAll(java.util.List.of(args));
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(env);
        builder.environment().put("ARENA_JVM_DIR", jvms.toString());
        // java on PATH is an old one, whatever this machine has.
        Path pathBin = Files.createDirectories(jvms.resolve("path-bin"));
        if (!Files.exists(pathBin.resolve("java"))) {
            Files.createSymbolicLink(pathBin.resolve("java"), fakeJdk("path-jdk-17", "17").resolve("bin/java"));
        }
        builder.environment().put("PATH", pathBin + ":/usr/bin:/bin");
        Path out = jvms.resolve("stdout");
        Path err = jvms.resolve("stderr");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
