package org.rtkconformance.reports.bundle;

import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a bundle's entries into memory, refusing anything that is not a whole, safe zip archive. The
 * central directory is read (ZipFile, not a stream), so a truncated archive is caught rather than read
 * up to where it was cut.
 */
final class BundleArchive {

    private static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    private static final int MAX_ENTRIES = 100_000;

    private BundleArchive() {
    }

    /**
     * @return the entries by name, in archive order
     * @throws ReportInputException when {@code bundle} does not exist (an input error, not an invalid bundle)
     * @throws UnreadableBundleException when it exists but is not a readable, safe, non-empty zip archive
     */
    static Map<String, byte[]> read(Path bundle) {
        if (!Files.exists(bundle)) {
            throw new ReportInputException(bundle, "the bundle does not exist");
        }
        if (!Files.isRegularFile(bundle)) {
            throw new ReportInputException(bundle, "is not a file, expected a bundle .zip");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            for (ZipEntry entry : Collections.list(all)) {
                String name = entry.getName();
                if (entries.size() >= MAX_ENTRIES) {
                    throw new UnreadableBundleException("it has more than " + MAX_ENTRIES + " entries");
                }
                if (name.startsWith("/") || name.contains("\\") || name.contains(":")
                        || java.util.Arrays.asList(name.split("/")).contains("..")) {
                    throw new UnreadableBundleException("entry '" + name + "' has an unsafe path (absolute, or leaving the bundle)");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readNBytes((int) Math.min(MAX_ENTRY_BYTES, Integer.MAX_VALUE - 8));
                    if (in.read() != -1) {
                        throw new UnreadableBundleException("entry '" + name + "' is larger than " + MAX_ENTRY_BYTES + " bytes");
                    }
                }
                if (entries.put(name, bytes) != null) {
                    throw new UnreadableBundleException("entry '" + name + "' appears twice");
                }
            }
        } catch (ZipException e) {
            throw new UnreadableBundleException("it is not a whole zip archive (truncated, or not a zip at all): "
                    + e.getMessage());
        } catch (IOException e) {
            throw new UnreadableBundleException("an entry cannot be read (the archive is damaged): " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw new UnreadableBundleException("the archive is empty");
        }
        return entries;
    }
}
