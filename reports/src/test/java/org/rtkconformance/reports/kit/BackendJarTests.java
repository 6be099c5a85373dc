package org.rtkconformance.reports.kit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.bundle.Sha256;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backend of docs/writing-a-backend.md, compiled into a jar and run with {@code rtk-kit run --backend-jar}
 * in a JVM of its own (this JVM's steps already chose their backend), then certified; and the precise errors
 * for jars that are not backends.
 */
class BackendJarTests {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "java-backend");

    @TempDir
    Path dir;

    @Test
    void the_documented_backend_runs_from_its_jar_and_its_bundle_records_the_jar() throws Exception {
        Path jar = exampleJar();
        Path report = dir.resolve("acme-run");
        Kit run = kit(List.of("-Drtk.reference.readings=D-1.A,D-5.B"), "run", "--backend-jar", jar.toString(),
                "--backend", "acme", "--tags", "@statement:OPEN-PURPOSE-1 or @statement:OPEN-RTSSINST-2",
                "-o", report.toString(), "--quiet");

        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).contains("verdict:     CONFORMANT (backend acme, run ");
        String results = Files.readString(report.resolve("rtk-results/results.json"));
        assertThat(results).contains("\"id\" : \"acme\"").contains("\"vendor\" : \"Acme Corp\"")
                .as("the reference's readings property applies to a backend built on it").contains("\"D-1\" : \"D-1.A\"")
                .contains("\"command\" : \"java -Drtk.reference.readings=D-1.A,D-5.B -jar rtk-kit.jar run --backend-jar '" + jar.toAbsolutePath().normalize() + "#sha256=" + Sha256.of(jar) + "' --backend acme");

        Path bundle = dir.resolve("acme.zip");
        Kit certify = kit(List.of(), "certify", "--run", report.toString(), "-o", bundle.toString());
        assertThat(certify.code).as(certify.output).isZero();
        Kit validate = kit(List.of(), "validate", bundle.toString());
        assertThat(validate.code).as(validate.output).isZero();
    }

    @Test
    void a_pinned_jar_with_other_content_is_refused() throws Exception {
        Path jar = exampleJar();
        Kit run = kit(List.of(), "run", "--backend-jar", jar + "#sha256=" + "0".repeat(64), "--backend", "acme",
                "-o", dir.resolve("r").toString());
        assertThat(run.code).isEqualTo(RtkKit.EXIT_BAD_INPUT);
        assertThat(run.output).contains("--backend-jar: its SHA-256 is " + Sha256.of(jar) + ", not " + "0".repeat(64));
    }

    @Test
    void jars_that_are_no_backends_are_refused_with_the_reason() throws Exception {
        Path notAJar = Files.writeString(dir.resolve("notes.jar"), "not a zip");
        Path noProvider = dir.resolve("empty.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(noProvider))) {
            out.putNextEntry(new JarEntry("README"));
            out.write("nothing".getBytes(StandardCharsets.UTF_8));
        }
        Path missing = dir.resolve("missing.jar");

        assertRefused(missing, missing + ": --backend-jar: no such file");
        assertRefused(notAJar, notAJar + ": --backend-jar: not a jar (");
        assertRefused(noProvider, noProvider + ": --backend-jar: the jar registers no backend: it has no "
                + BackendJars.SERVICES);
    }

    private void assertRefused(Path jar, String message) {
        BackendJars jars = new BackendJars();
        jars.jars = List.of(jar.toString());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jars.loader(getClass().getClassLoader())))
                .hasMessageContaining(message);
    }

    @Test
    void the_services_entry_names_the_port() {
        assertThat(BackendJars.SERVICES).isEqualTo("META-INF/services/"
                + org.rtkconformance.adapter.api.BackendProvider.class.getName());
    }

    /** The example compiled against this module's class path and packed with its services line. */
    private Path exampleJar() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17",
                "-cp", System.getProperty("java.class.path"), "-d", classes.toString(),
                EXAMPLE.resolve("src/com/example/acme/AcmeBackendProvider.java").toString());
        assertThat(compiled).as("the documented example compiles").isZero();
        Path jar = dir.resolve("acme.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                put(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            put(out, BackendJars.SERVICES, Files.readAllBytes(EXAMPLE.resolve(BackendJars.SERVICES)));
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private record Kit(int code, String output) {
    }

    /** rtk-kit in a fresh JVM, on the module's test class path (the kit jar is built after the tests). */
    private Kit kit(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RtkKit.class.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve("kit-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = process.waitFor();
        return new Kit(code, Files.readString(log));
    }
}
