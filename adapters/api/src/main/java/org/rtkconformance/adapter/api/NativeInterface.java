package org.rtkconformance.adapter.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The C interface a backend with {@link Capability#NATIVE_HEADER} ships, for the kit to compile and link a
 * probe against: the folder to put on the include path, the header to include from it, the library to link
 * and any further compiler flags the header needs (defines, target options).
 *
 * @param includeDirectory the folder passed as {@code -I}
 * @param headerName       the file name the probe includes, {@code RtkApi.h} for a faithful backend
 * @param library          the static or shared library that defines the calls
 * @param compilerFlags    extra flags, passed before the probe's own; empty when none are needed
 */
public record NativeInterface(Path includeDirectory, String headerName, Path library, List<String> compilerFlags) {

    public NativeInterface {
        Objects.requireNonNull(includeDirectory, "includeDirectory");
        Objects.requireNonNull(headerName, "headerName");
        Objects.requireNonNull(library, "library");
        compilerFlags = List.copyOf(compilerFlags);
    }
}
