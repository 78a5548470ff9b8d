package gg.arena.launcher;

import gg.arena.launcher.fake.FakeService;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** A throw-away checkout laid out like ours, whose service jars run {@link FakeService}. */
final class FakeRepo {

    final Path root;

    FakeRepo(Path root) throws IOException {
        this.root = root;
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(root.resolve("subgraphs"));
    }

    FakeRepo withSubgraphs(String... names) throws IOException {
        for (String name : names) {
            writeJar(root.resolve("subgraphs").resolve(name).resolve("target").resolve(name + ".jar"));
        }
        return this;
    }

    FakeRepo withRouter() throws IOException {
        writeJar(root.resolve("router/target/router.jar"));
        Files.createDirectories(root.resolve("schema"));
        Files.writeString(root.resolve("schema/supergraph.graphql"), "schema { query: Query }\ntype Query { a: Int }\n");
        return this;
    }

    Path supergraph() {
        return root.resolve("schema/supergraph.graphql");
    }

    private static void writeJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        Path classes = testClasses();
        String packageDir = FakeService.class.getPackageName().replace('.', '/');
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.list(classes.resolve(packageDir))) {
            for (Path classFile : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                out.putNextEntry(new JarEntry(packageDir + "/" + classFile.getFileName()));
                out.write(Files.readAllBytes(classFile));
                out.closeEntry();
            }
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
