package org.rtkconformance.reports.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.expectations.ExpectationsReader;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;
import org.rtkconformance.reports.verdict.Outcome;
import org.rtkconformance.reports.verdict.RunVerdict;
import org.rtkconformance.reports.verdict.VerdictJudge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks a certification bundle: every part present, every file's SHA-256 as the manifest says and no
 * file outside the manifest, the descriptor consistent with the results and the catalog, and the verdict
 * the one the kit reaches again from the bundled results, catalog and expectations. A bundle whose
 * manifest was recomputed after an edit still fails the last check when the edit changes the verdict.
 */
public final class BundleValidator {

    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})  (\\S.*)");
    private static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @return the problems found, each naming the entry; empty for a valid bundle
     * @throws ReportInputException when {@code bundle} is missing or not a zip archive
     */
    public List<String> validate(Path bundle) {
        Map<String, byte[]> entries = unzip(bundle);
        List<String> problems = new ArrayList<>();
        for (String required : BundleLayout.REQUIRED) {
            if (!entries.containsKey(required)) {
                problems.add(required + ": missing");
            }
        }
        if (entries.keySet().stream().noneMatch(n -> n.startsWith(BundleLayout.JUNIT_PREFIX))) {
            problems.add(BundleLayout.JUNIT_PREFIX + ": no JUnit XML report");
        }
        if (entries.keySet().stream().noneMatch(n -> n.startsWith(BundleLayout.ALLURE_PREFIX) && n.endsWith("-result.json"))) {
            problems.add(BundleLayout.ALLURE_PREFIX + ": no Allure result");
        }
        if (entries.containsKey(BundleLayout.MANIFEST)) {
            checkManifest(entries, problems);
        }
        if (problems.isEmpty()) {
            checkContents(bundle, entries, problems);
        }
        return problems;
    }

    private void checkManifest(Map<String, byte[]> entries, List<String> problems) {
        Map<String, String> listed = new LinkedHashMap<>();
        String[] lines = new String(entries.get(BundleLayout.MANIFEST), StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            Matcher line = MANIFEST_LINE.matcher(lines[i]);
            if (!line.matches()) {
                problems.add(BundleLayout.MANIFEST + " line " + (i + 1) + ": not '<sha256>  <path>': " + lines[i]);
            } else if (listed.put(line.group(2), line.group(1)) != null) {
                problems.add(BundleLayout.MANIFEST + " line " + (i + 1) + ": " + line.group(2) + " is listed twice");
            }
        }
        listed.forEach((name, hash) -> {
            byte[] bytes = entries.get(name);
            if (bytes == null) {
                problems.add(name + ": listed in " + BundleLayout.MANIFEST + " but not in the bundle");
            } else if (!Sha256.of(bytes).equals(hash)) {
                problems.add(name + ": SHA-256 is " + Sha256.of(bytes) + " but " + BundleLayout.MANIFEST + " says " + hash
                        + " (the file was changed after the bundle was made)");
            }
        });
        entries.keySet().stream().filter(n -> !n.equals(BundleLayout.MANIFEST) && !listed.containsKey(n))
                .forEach(n -> problems.add(n + ": in the bundle but not in " + BundleLayout.MANIFEST + " (added afterwards)"));
    }

    private void checkContents(Path bundle, Map<String, byte[]> entries, List<String> problems) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("rtk-bundle-");
            for (String name : List.of(BundleLayout.DESCRIPTOR, BundleLayout.CATALOG, BundleLayout.RESULTS,
                    BundleLayout.VERDICT_JSON, BundleLayout.EXPECTATIONS)) {
                if (entries.containsKey(name)) {
                    Path file = dir.resolve(name);
                    Files.createDirectories(file.getParent());
                    Files.write(file, entries.get(name));
                }
            }
            JsonNode descriptor = json.readTree(entries.get(BundleLayout.DESCRIPTOR));
            JsonNode verdictJson = json.readTree(entries.get(BundleLayout.VERDICT_JSON));
            RunResults run = new RunResultsReader().read(dir.resolve(BundleLayout.RESULTS));
            var catalog = new CatalogReader().read(dir.resolve(BundleLayout.CATALOG));
            expect(problems, BundleLayout.DESCRIPTOR, "format", BundleLayout.FORMAT, descriptor.path("format").asText());
            expect(problems, BundleLayout.DESCRIPTOR, "catalogSha256", Sha256.of(entries.get(BundleLayout.CATALOG)),
                    descriptor.path("catalogSha256").asText());
            expect(problems, BundleLayout.DESCRIPTOR, "backend.id", run.backend().id(),
                    descriptor.path("backend").path("id").asText());
            expect(problems, BundleLayout.DESCRIPTOR, "kitVersion", run.kitVersion(), descriptor.path("kitVersion").asText());
            expect(problems, BundleLayout.DESCRIPTOR, "runId", run.runId(), descriptor.path("runId").asText());
            expect(problems, BundleLayout.DESCRIPTOR, "command",
                    new String(entries.get(BundleLayout.COMMAND), StandardCharsets.UTF_8).strip(),
                    descriptor.path("command").asText());
            Expectations expectations = entries.containsKey(BundleLayout.EXPECTATIONS)
                    ? new ExpectationsReader().read(dir.resolve(BundleLayout.EXPECTATIONS))
                    : Expectations.none(run.backend().id());
            LocalDate judgedOn = LocalDate.parse(verdictJson.path("judgedOn").asText());
            RunVerdict again = new VerdictJudge(Optional.of(catalog), verdictJson.path("certification").asBoolean(), judgedOn)
                    .judge(run, expectations);
            expect(problems, BundleLayout.VERDICT_JSON, "verdict (judged again from the bundled results)",
                    again.title(), verdictJson.path("verdict").asText());
            expect(problems, BundleLayout.DESCRIPTOR, "verdict", again.title(), descriptor.path("verdict").asText());
            for (Outcome outcome : Outcome.values()) {
                expect(problems, BundleLayout.VERDICT_JSON, "counts." + outcome, String.valueOf(again.counts().get(outcome)),
                        verdictJson.path("counts").path(outcome.name()).asText());
            }
        } catch (ReportInputException e) {
            String where = dir == null ? e.getMessage() : e.getMessage().replace(dir + "/", "");
            problems.add(where);
        } catch (IOException | DateTimeParseException e) {
            problems.add("cannot read the bundle's descriptor or verdict: " + e.getMessage());
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void expect(List<String> problems, String entry, String field, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(entry + ": " + field + " is '" + actual + "' but should be '" + expected + "'");
        }
    }

    private static Map<String, byte[]> unzip(Path bundle) {
        if (!Files.isRegularFile(bundle)) {
            throw new ReportInputException(bundle, "the bundle does not exist");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(bundle); ZipInputStream zip = new ZipInputStream(file)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.startsWith("/") || name.contains("..") || name.contains("\\")) {
                    throw new ReportInputException(bundle, "entry '" + name + "' has an unsafe path");
                }
                byte[] bytes = zip.readNBytes((int) Math.min(MAX_ENTRY_BYTES, Integer.MAX_VALUE - 8));
                if (zip.read() != -1) {
                    throw new ReportInputException(bundle, "entry '" + name + "' is larger than " + MAX_ENTRY_BYTES + " bytes");
                }
                if (entries.put(name, bytes) != null) {
                    throw new ReportInputException(bundle, "entry '" + name + "' appears twice");
                }
            }
        } catch (ZipException e) {
            throw new ReportInputException(bundle, "is not a valid zip archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportInputException(bundle, "cannot read the bundle: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new ReportInputException(bundle, "is not a zip archive, or an empty one");
        }
        return entries;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the verdict of the validation stands.
        }
    }
}
