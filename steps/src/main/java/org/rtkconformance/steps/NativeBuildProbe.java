package org.rtkconformance.steps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.rtkconformance.adapter.api.NativeInterface;

/**
 * Builds small C translation units against a backend's own header and library with the system compiler:
 * whether the header declares the documented prototype and types (compiling is the check), and whether the
 * library resolves the symbol (linking is the check). The compiler's own words are kept for the report.
 */
final class NativeBuildProbe {

    /** The compiler, unless {@value #COMPILER_PROPERTY} names another. */
    static final String DEFAULT_COMPILER = "cc";
    static final String COMPILER_PROPERTY = "rtk.native.cc";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** How far a build got. */
    enum Stage {
        /** No compiler could be started: the check cannot run on this machine. */
        NO_COMPILER,
        /** The translation unit did not compile: the header is not what the page documents. */
        COMPILE_FAILED,
        /** It compiled but did not link: the library does not provide the symbol. */
        LINK_FAILED,
        /** It compiled and linked. */
        BUILT
    }

    /**
     * @param stage   how far the build got
     * @param command the command of the last stage that ran, as typed in a shell
     * @param output  what the compiler printed for that stage
     */
    record Outcome(Stage stage, String command, String output) {
    }

    /**
     * The documented prototype and types, one {@code _Static_assert} per fact, each naming its statement, so
     * the compiler's error says which fact the header breaks.
     */
    static String prototypeProbe(String headerName) {
        return """
                #include <stddef.h>
                #include <stdint.h>
                #include <%s>

                /* OPEN-SIG-1, OPEN-SIG-2: the function has exactly this type (a mismatch is an incompatible-pointer error). */
                typedef NTSTATUS (*documented_prototype)(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG DesiredAccess,
                                                         BOOLEAN InheritHandle, PUNICODE_STRING Name, VOID **Location);
                static documented_prototype const declared = RtkOpenSharedMemory;

                _Static_assert(sizeof(NTSTATUS) == 4 && (NTSTATUS) -1 < 0, "OPEN-SIG-1: NTSTATUS is a 32-bit signed type (LONG)");
                _Static_assert(sizeof(RTSSINST) == sizeof(void *) && (RTSSINST) -1 > 0, "OPEN-SIG-2: RTSSINST is ULONG_PTR (unsigned, pointer-sized)");
                _Static_assert(_Generic((PHANDLE) 0, HANDLE *: 1, default: 0), "OPEN-SIG-2: PHANDLE is HANDLE *");
                _Static_assert(sizeof(HANDLE) == sizeof(void *), "OPEN-SIG-2: HANDLE is pointer-sized");
                _Static_assert(sizeof(ULONG) == 4 && (ULONG) -1 > 0, "OPEN-SIG-2: ULONG is a 32-bit unsigned type");
                _Static_assert(sizeof(BOOLEAN) == 1 && (BOOLEAN) -1 > 0, "OPEN-SIG-2: BOOLEAN is one unsigned byte (UCHAR)");
                _Static_assert(_Generic((PUNICODE_STRING) 0, UNICODE_STRING *: 1, default: 0), "OPEN-SIG-2: PUNICODE_STRING is UNICODE_STRING *");
                _Static_assert(offsetof(UNICODE_STRING, Length) == 0 && sizeof(((UNICODE_STRING *) 0)->Length) == 2,
                               "OPEN-NAME-1: UNICODE_STRING.Length is the USHORT at offset 0");
                _Static_assert(offsetof(UNICODE_STRING, MaximumLength) == 2 && sizeof(((UNICODE_STRING *) 0)->MaximumLength) == 2,
                               "OPEN-NAME-1: UNICODE_STRING.MaximumLength is the USHORT at offset 2");
                _Static_assert(offsetof(UNICODE_STRING, Buffer) == (4 + _Alignof(PWSTR) - 1) / _Alignof(PWSTR) * _Alignof(PWSTR)
                               && sizeof(((UNICODE_STRING *) 0)->Buffer) == sizeof(void *),
                               "OPEN-NAME-1: UNICODE_STRING.Buffer is the pointer right after the two USHORTs");
                _Static_assert(sizeof(((UNICODE_STRING *) 0)->Buffer[0]) == 2 && _Generic(((UNICODE_STRING *) 0)->Buffer[0], unsigned short: 1, default: 0),
                               "OPEN-NAME-1: PWSTR points to 16-bit code units");
                _Static_assert(SHM_MAP_READ == 1, "OPEN-ACCESS-7: SHM_MAP_READ is 1");
                _Static_assert(SHM_MAP_WRITE == 2, "OPEN-ACCESS-4: SHM_MAP_WRITE is 2");
                _Static_assert(STATUS_SUCCESS == 0, "OPEN-RET-1: STATUS_SUCCESS is 0");
                _Static_assert(STATUS_INVALID_PARAMETER == (NTSTATUS) 0xC000000DL, "OPEN-RET-2: STATUS_INVALID_PARAMETER is 0xC000000D");
                _Static_assert(STATUS_UNSUCCESSFUL == (NTSTATUS) 0xC0000001L, "OPEN-RET-2: STATUS_UNSUCCESSFUL is 0xC0000001");
                _Static_assert(STATUS_INVALID_HANDLE == (NTSTATUS) 0xC0000008L, "OPEN-RET-2: STATUS_INVALID_HANDLE is 0xC0000008");
                _Static_assert(STATUS_NO_MEMORY == (NTSTATUS) 0xC0000017L, "OPEN-RET-2: STATUS_NO_MEMORY is 0xC0000017");
                _Static_assert(STATUS_NO_SUCH_DEVICE == (NTSTATUS) 0xC000000EL, "OPEN-RET-2: STATUS_NO_SUCH_DEVICE is 0xC000000E");

                int main(void) {
                    documented_prototype volatile chosen = declared;
                    return chosen == NULL;
                }
                """.formatted(headerName);
    }

    /** A caller of the function as the header declares it, whatever that is: only the link is judged. */
    static String linkProbe(String headerName) {
        return """
                #include <stddef.h>
                #include <%s>

                int main(void) {
                    void (*volatile chosen)(void) = (void (*)(void)) RtkOpenSharedMemory;
                    return chosen == NULL;
                }
                """.formatted(headerName);
    }

    private final String compiler;

    NativeBuildProbe(String compiler) {
        this.compiler = compiler;
    }

    /** The probe with the compiler {@value #COMPILER_PROPERTY} names, or {@value #DEFAULT_COMPILER}. */
    static NativeBuildProbe fromSystemProperties() {
        String named = System.getProperty(COMPILER_PROPERTY, "").trim();
        return new NativeBuildProbe(named.isEmpty() ? DEFAULT_COMPILER : named);
    }

    /** Compiles {@code source} with {@code -std=c11 -Wall -Werror} against {@code shipped}, then links it with the library. */
    Outcome build(String source, NativeInterface shipped) throws IOException {
        Path folder = Files.createTempDirectory("rtk-native-probe");
        try {
            Path unit = Files.writeString(folder.resolve("probe.c"), source);
            Path object = folder.resolve("probe.o");
            List<String> compile = new ArrayList<>(List.of(compiler, "-std=c11", "-Wall", "-Werror"));
            compile.addAll(shipped.compilerFlags());
            compile.addAll(List.of("-I" + shipped.includeDirectory(), "-c", unit.toString(), "-o", object.toString()));
            Outcome compiled = runStage(compile, folder, Stage.COMPILE_FAILED);
            if (compiled.stage() != Stage.BUILT) {
                return compiled;
            }
            return runStage(List.of(compiler, object.toString(), shipped.library().toString(), "-o",
                    folder.resolve("probe").toString()), folder, Stage.LINK_FAILED);
        } finally {
            deleteTree(folder);
        }
    }

    private Outcome runStage(List<String> command, Path folder, Stage failure) throws IOException {
        String typed = String.join(" ", command);
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
            builder.environment().put("LC_ALL", "C"); // plain ASCII quotes in diagnostics, whatever the user's locale
            process = builder.start();
        } catch (IOException e) {
            return new Outcome(Stage.NO_COMPILER, typed, "cannot start the C compiler '" + compiler + "' ("
                    + e.getMessage() + "); install one (apt-get install gcc) or name it with -D" + COMPILER_PROPERTY);
        }
        process.getOutputStream().close();
        // Read while waiting: a compiler with a lot to say would block on a full pipe.
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("the C compiler did not finish within " + TIMEOUT.toSeconds() + " s: " + typed);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the C compiler: " + typed, e);
        }
        String said = output.join().strip();
        return new Outcome(process.exitValue() == 0 ? Stage.BUILT : failure, typed, said);
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(the compiler's output could not be read: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
