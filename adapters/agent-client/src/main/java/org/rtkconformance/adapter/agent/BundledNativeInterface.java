package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.NativeInterface;

/**
 * The C interface of the posix backend: {@code include/RtkApi.h} and {@code librtkapi_posix.a}, which the build
 * bundles beside the agent binary. Copied out of the jar (or class folder) once into the user's folder of
 * unpacked files ({@link UnpackedFiles}), because a compiler needs real files.
 */
final class BundledNativeInterface {

    static final String HEADER = "RtkApi.h";
    static final String LIBRARY = "librtkapi_posix.a";
    private static final String RESOURCE_FOLDER = "/org/rtkconformance/adapter/agent/native/";

    private static NativeInterface unpacked;

    private BundledNativeInterface() {
    }

    /** Whether the build bundled both files (it bundles neither when there was no compiler). */
    static boolean isBundled() {
        return resource("include/" + HEADER) != null && resource(LIBRARY) != null;
    }

    /**
     * The unpacked header and library, the same folder for the whole run.
     *
     * @throws BackendFailureException when they are not bundled or cannot be copied out
     */
    static synchronized NativeInterface unpacked() {
        if (unpacked == null) {
            unpacked = unpack();
        }
        return unpacked;
    }

    private static NativeInterface unpack() {
        try {
            Path folder = UnpackedFiles.folder("rtkapi-posix", Map.of("include/" + HEADER, read("include/" + HEADER),
                    LIBRARY, read(LIBRARY)), Set.of());
            return new NativeInterface(folder.resolve("include"), HEADER, folder.resolve(LIBRARY), List.of());
        } catch (IOException e) {
            throw new BackendFailureException("cannot unpack the posix backend's " + HEADER + " and " + LIBRARY + ": " + e);
        }
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = BundledNativeInterface.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IOException(RESOURCE_FOLDER + name + " is not bundled in rtk-agent-client (was it built"
                        + " without a C compiler?)");
            }
            return in.readAllBytes();
        }
    }

    private static URL resource(String name) {
        return BundledNativeInterface.class.getResource(RESOURCE_FOLDER + name);
    }
}
