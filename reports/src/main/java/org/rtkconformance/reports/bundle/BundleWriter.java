package org.rtkconformance.reports.bundle;

import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.verdict.RunVerdict;
import org.rtkconformance.reports.verdict.VerdictHtml;
import org.rtkconformance.reports.verdict.VerdictJson;
import org.rtkconformance.reports.verdict.VerdictMarkdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a certification bundle from a run folder, the catalog, the expectations and the verdict. */
public final class BundleWriter {

    /** Writes an unsigned bundle whose descriptor names no kit jar (tests, and runs outside a jar). */
    public int write(Path bundle, RunDirectory run, Path catalog, Optional<Path> expectations, RunVerdict verdict,
                     String command, Instant createdAt) {
        return write(bundle, run, catalog, expectations, verdict, command, createdAt, Optional.empty(), Optional.empty());
    }

    /**
     * Writes {@code bundle}.
     *
     * @param catalog      the catalog file the run was judged against
     * @param expectations the expectations file, if the backend has one
     * @param verdict      the verdict {@link BundleJudgement} reached, so validate reaches the same pages again
     * @param command      the exact command that reproduces the run
     * @param createdAt    when the bundle is made
     * @param kitJarSha256 the SHA-256 of the kit jar that certifies, when it runs from one
     * @param signingKey   the key that signs the manifest, if the bundle is to be signed
     * @return the number of files in the bundle, manifest and signature included
     * @throws ReportInputException when a part is missing (the JUnit XML, the Cucumber messages, the Allure results)
     */
    public int write(Path bundle, RunDirectory run, Path catalog, Optional<Path> expectations, RunVerdict verdict,
                     String command, Instant createdAt, Optional<String> kitJarSha256, Optional<KeyPair> signingKey) {
        Map<String, byte[]> entries = new TreeMap<>();
        byte[] catalogBytes = read(catalog, "statement catalog");
        entries.put(BundleLayout.CATALOG, catalogBytes);
        expectations.ifPresent(e -> entries.put(BundleLayout.EXPECTATIONS, read(e, "expectations file")));
        entries.put(BundleLayout.RESULTS, read(run.results().file(), "results file"));
        entries.put(BundleLayout.CUCUMBER_MESSAGES, read(run.cucumberMessages().orElseThrow(() -> new ReportInputException(
                run.root().resolve(RunDirectory.CUCUMBER_MESSAGES), "the run kept no Cucumber messages")), "Cucumber messages"));
        List<Path> junit = run.junitReports();
        if (junit.isEmpty()) {
            throw new ReportInputException(run.root(), "the run kept no JUnit XML (surefire-reports/*.xml or cucumber/*.xml)");
        }
        junit.forEach(x -> entries.put(BundleLayout.JUNIT_PREFIX + x.getParent().getFileName() + "-" + x.getFileName(),
                read(x, "JUnit report")));
        List<Path> allure = run.allureFiles();
        if (allure.stream().noneMatch(f -> f.getFileName().toString().endsWith("-result.json"))) {
            throw new ReportInputException(run.root().resolve(RunDirectory.ALLURE_RESULTS),
                    "holds no Allure result of run " + run.results().runId());
        }
        allure.forEach(f -> entries.put(BundleLayout.ALLURE_PREFIX + f.getFileName(), read(f, "Allure result")));
        entries.put(BundleLayout.VERDICT_JSON, utf8(new VerdictJson().write(verdict)));
        entries.put(BundleLayout.VERDICT_MARKDOWN, utf8(new VerdictMarkdown().write(verdict)));
        entries.put(BundleLayout.VERDICT_HTML, utf8(new VerdictHtml().write(verdict)));
        entries.put(BundleLayout.COMMAND, utf8(command.strip() + "\n"));
        entries.put(BundleLayout.DESCRIPTOR, utf8(BundleDescriptor.text(BundleDescriptor.of(run.results(), catalogBytes,
                expectations.isPresent(), verdict, command, new BundleDescriptor.Stamp(createdAt.toString(), kitJarSha256)))));

        StringBuilder manifest = new StringBuilder();
        entries.forEach((name, bytes) -> manifest.append(Sha256.of(bytes)).append("  ").append(name).append('\n'));
        byte[] manifestBytes = utf8(manifest.toString());
        entries.put(BundleLayout.MANIFEST, manifestBytes);
        signingKey.ifPresent(key -> entries.put(BundleLayout.SIGNATURE,
                BundleSignature.sign(manifestBytes, key.getPrivate(), key.getPublic()).bytes()));
        try {
            Files.createDirectories(bundle.toAbsolutePath().getParent());
            try (OutputStream file = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(file)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    ZipEntry zipEntry = new ZipEntry(entry.getKey());
                    zipEntry.setLastModifiedTime(FileTime.from(createdAt));
                    zip.putNextEntry(zipEntry);
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new ReportInputException(bundle, "cannot write the bundle: " + e.getMessage(), e);
        }
        return entries.size();
    }

    private static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ReportInputException(file, "the " + what + " does not exist", e);
        } catch (IOException e) {
            throw new ReportInputException(file, "cannot read the " + what + ": " + e.getMessage(), e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
