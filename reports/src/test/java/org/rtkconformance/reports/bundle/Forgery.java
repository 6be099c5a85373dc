package org.rtkconformance.reports.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Edits a bundle as a forger would: change entries, then (optionally) recompute SHA256SUMS to match. */
final class Forgery {

    private Forgery() {
    }

    static void rewrite(Path bundle, UnaryOperator<Map<String, byte[]>> edit, boolean recomputeSums) throws IOException {
        Map<String, byte[]> entries = edit.apply(BundleTests.read(bundle));
        if (recomputeSums) {
            StringBuilder manifest = new StringBuilder();
            entries.entrySet().stream().filter(e -> !e.getKey().equals("SHA256SUMS") && !e.getKey().equals("SIGNATURE"))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> manifest.append(Sha256.of(e.getValue())).append("  ").append(e.getKey()).append('\n'));
            entries.put("SHA256SUMS", manifest.toString().getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
