package org.rtkconformance.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtkconformance.adapter.api.NativeInterface;

/**
 * The build probe can fail: the posix port's RtkApi.h passes, and each deliberately wrong copy of it (a type,
 * a field, the parameter order, a constant) fails to compile with the statement it breaks in the compiler's
 * words; a library without the symbol fails to link.
 */
class NativeBuildProbeTests {

    /** The faithful header of the posix port, the starting point of every wrong copy. */
    private static final Path FAITHFUL = Path.of("..", "agents", "sdk", "include", "RtkApi.h");

    /** A library that defines the call (enough for the linker; behaviour is the suite's business). */
    private static final String DEFINITION = """
            #include <RtkApi.h>
            NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG DesiredAccess,
                                         BOOLEAN InheritHandle, PUNICODE_STRING Name, VOID **Location) {
                (void) RtssInst; (void) SharedMemoryHandle; (void) DesiredAccess; (void) InheritHandle; (void) Name;
                (void) Location;
                return STATUS_UNSUCCESSFUL;
            }
            """;

    @TempDir
    Path work;

    private final NativeBuildProbe probe = new NativeBuildProbe(NativeBuildProbe.DEFAULT_COMPILER);
    private String faithful;

    @BeforeEach
    void needsACompiler() throws IOException {
        Path nothing = Files.writeString(work.resolve("nothing.c"), "int rtk_nothing;\n");
        assumeTrue(probe.build("int main(void) { return 0; }\n", new NativeInterface(work, "none.h", nothing, List.of()))
                .stage() != NativeBuildProbe.Stage.NO_COMPILER, "no C compiler on this machine");
        faithful = Files.readString(FAITHFUL);
    }

    /** A header and a library in their own folder: the header as given, the library from {@code definition}. */
    private NativeInterface shipped(String header, String definition) throws IOException {
        Path include = Files.createDirectories(work.resolve("include" + System.nanoTime()));
        Files.writeString(include.resolve("RtkApi.h"), header);
        Path source = Files.writeString(include.resolve("definition.c"), definition);
        Path object = include.resolve("librtkapi.o");
        Process compile = new ProcessBuilder(NativeBuildProbe.DEFAULT_COMPILER, "-std=c11", "-I" + include, "-c",
                source.toString(), "-o", object.toString()).redirectErrorStream(true).start();
        String said = new String(compile.getInputStream().readAllBytes());
        try {
            assertThat(compile.waitFor()).as("building the test library: %s", said).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new NativeInterface(include, "RtkApi.h", object, List.of());
    }

    private String wrong(String faithfulText, String replacement) {
        assertThat(faithful).as("the faithful header has the line to break").contains(faithfulText);
        return faithful.replace(faithfulText, replacement);
    }

    @Test
    void the_posix_header_compiles_and_links_both_probes() throws IOException {
        NativeInterface shipped = shipped(faithful, DEFINITION);
        NativeBuildProbe.Outcome prototype = probe.build(NativeBuildProbe.prototypeProbe("RtkApi.h"), shipped);
        NativeBuildProbe.Outcome link = probe.build(NativeBuildProbe.linkProbe("RtkApi.h"), shipped);
        assertThat(prototype.stage()).as(prototype.output()).isEqualTo(NativeBuildProbe.Stage.BUILT);
        assertThat(link.stage()).as(link.output()).isEqualTo(NativeBuildProbe.Stage.BUILT);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', value = {
        "typedef UCHAR BOOLEAN;        | typedef int BOOLEAN;          | OPEN-SIG-2: BOOLEAN is one unsigned byte (UCHAR)",
        "    USHORT Length;            |     ULONG Length;             | OPEN-NAME-1: UNICODE_STRING.Length is the USHORT at offset 0",
        "typedef LONG NTSTATUS;        | typedef ULONG NTSTATUS;       | OPEN-SIG-1: NTSTATUS is a 32-bit signed type (LONG)",
        "typedef ULONG_PTR RTSSINST;   | typedef ULONG RTSSINST;       | OPEN-SIG-2: RTSSINST is ULONG_PTR (unsigned, pointer-sized)",
        "typedef uint32_t ULONG;       | typedef unsigned long ULONG;  | OPEN-SIG-2: ULONG is a 32-bit unsigned type",
        "typedef uint16_t WCHAR;       | typedef uint32_t WCHAR;       | OPEN-NAME-1: PWSTR points to 16-bit code units",
        "#define SHM_MAP_READ 1        | #define SHM_MAP_READ 4        | OPEN-ACCESS-7: SHM_MAP_READ is 1",
        "#define SHM_MAP_WRITE 2       | #define SHM_MAP_WRITE 3       | OPEN-ACCESS-4: SHM_MAP_WRITE is 2",
    })
    void a_wrong_type_field_or_constant_fails_to_compile_naming_the_statement(String line, String replacement,
                                                                              String assertion) throws IOException {
        NativeInterface shipped = shipped(wrong(line, replacement), DEFINITION);

        NativeBuildProbe.Outcome outcome = probe.build(NativeBuildProbe.prototypeProbe("RtkApi.h"), shipped);

        assertThat(outcome.stage()).isEqualTo(NativeBuildProbe.Stage.COMPILE_FAILED);
        assertThat(outcome.output()).contains("static assertion failed: \"" + assertion + "\"");
        assertThat(outcome.command()).contains("-std=c11 -Wall -Werror").contains("-c");
    }

    @Test
    void swapped_parameters_fail_to_compile_as_an_incompatible_prototype() throws IOException {
        String swapped = faithful.replace("ULONG DesiredAccess,\n                             BOOLEAN InheritHandle,",
                "BOOLEAN InheritHandle,\n                             ULONG DesiredAccess,");
        assertThat(swapped).as("the faithful prototype is laid out as expected").isNotEqualTo(faithful);
        NativeInterface shipped = shipped(swapped, "#include <RtkApi.h>\n");

        NativeBuildProbe.Outcome outcome = probe.build(NativeBuildProbe.prototypeProbe("RtkApi.h"), shipped);

        assertThat(outcome.stage()).isEqualTo(NativeBuildProbe.Stage.COMPILE_FAILED);
        assertThat(outcome.output()).contains("incompatible pointer type").contains("documented_prototype");
    }

    @Test
    void a_header_without_the_function_fails_both_probes_at_compile_time() throws IOException {
        String missing = faithful.replaceAll("(?s)/\\* Opens an existing named.*?VOID \\*\\*Location\\);", "");
        assertThat(missing).doesNotContain("RtkOpenSharedMemory(");
        NativeInterface shipped = shipped(missing, "#include <RtkApi.h>\n");

        assertThat(probe.build(NativeBuildProbe.prototypeProbe("RtkApi.h"), shipped).output())
                .contains("'RtkOpenSharedMemory' undeclared");
        assertThat(probe.build(NativeBuildProbe.linkProbe("RtkApi.h"), shipped).stage())
                .isEqualTo(NativeBuildProbe.Stage.COMPILE_FAILED);
    }

    @Test
    void a_library_without_the_symbol_fails_to_link_naming_it() throws IOException {
        NativeInterface shipped = shipped(faithful, "#include <RtkApi.h>\nint RtkSomethingElse(void) { return 0; }\n");

        NativeBuildProbe.Outcome outcome = probe.build(NativeBuildProbe.linkProbe("RtkApi.h"), shipped);

        assertThat(outcome.stage()).isEqualTo(NativeBuildProbe.Stage.LINK_FAILED);
        assertThat(outcome.output()).contains("undefined reference to `RtkOpenSharedMemory'");
        assertThat(outcome.command()).contains("librtkapi.o").doesNotContain("-c ");
    }

    @Test
    void no_compiler_is_reported_as_such_with_the_property_to_set() throws IOException {
        NativeBuildProbe.Outcome outcome = new NativeBuildProbe("no-such-compiler-rtk")
                .build(NativeBuildProbe.linkProbe("RtkApi.h"), shipped(faithful, DEFINITION));

        assertThat(outcome.stage()).isEqualTo(NativeBuildProbe.Stage.NO_COMPILER);
        assertThat(outcome.output()).startsWith("cannot start the C compiler 'no-such-compiler-rtk'")
                .contains("-D" + NativeBuildProbe.COMPILER_PROPERTY);
    }
}
