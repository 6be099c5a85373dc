package org.rtkconformance.reports.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.expectations.ExpectationsReader;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;
import org.rtkconformance.reports.verdict.RunVerdict;
import org.rtkconformance.reports.verdict.VerdictHtml;
import org.rtkconformance.reports.verdict.VerdictJson;
import org.rtkconformance.reports.verdict.VerdictMarkdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a certification bundle layer by layer, stopping after the first layer that fails: the archive is a
 * whole, safe zip; every part is present and every SHA-256 as the manifest says, nothing added; the signature,
 * when there is one or a trusted key is given; and then everything derivable is derived again from the raw
 * results and compared: the catalog with the one the named kit version carries, the command, bundle.json,
 * the three verdict pages, and the Allure results one for one. A forger who recomputes SHA256SUMS still fails
 * the last layer unless the raw results themselves were changed, which only a signature or a rerun exposes.
 */
public final class BundleValidator {

    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})  (\\S.*)");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ObjectMapper json = new ObjectMapper();
    private final String ownKitVersion;
    private final Function<String, Optional<byte[]>> kitCatalog;

    /**
     * @param ownKitVersion the version of the validating kit, for the message when it cannot re-derive
     * @param kitCatalog    the catalog a kit version carries, as bytes, when this kit has it
     */
    public BundleValidator(String ownKitVersion, Function<String, Optional<byte[]>> kitCatalog) {
        this.ownKitVersion = ownKitVersion;
        this.kitCatalog = kitCatalog;
    }

    /** {@link #validate(Path, Optional)} without a trusted key: a signature, if any, is checked against its own key. */
    public List<String> validate(Path bundle) {
        return validate(bundle, Optional.empty());
    }

    /**
     * @param trusted the public key that must have signed the bundle; with it an unsigned bundle is invalid
     * @return the problems found, the first difference first; empty for a valid bundle
     * @throws ReportInputException when {@code bundle} does not exist (a usage error, not an invalid bundle)
     */
    public List<String> validate(Path bundle, Optional<PublicKey> trusted) {
        Map<String, byte[]> entries;
        try {
            entries = BundleArchive.read(bundle);
        } catch (UnreadableBundleException e) {
            return List.of("not a readable bundle: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        checkParts(entries, problems);
        if (entries.containsKey(BundleLayout.MANIFEST)) {
            checkManifest(entries, problems);
        }
        if (problems.isEmpty()) {
            checkSignature(entries, trusted, problems);
        }
        if (problems.isEmpty()) {
            deriveAgain(entries, problems);
        }
        return problems;
    }

    private static void checkParts(Map<String, byte[]> entries, List<String> problems) {
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
    }

    private static void checkManifest(Map<String, byte[]> entries, List<String> problems) {
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
        entries.keySet().stream()
                .filter(n -> !n.equals(BundleLayout.MANIFEST) && !n.equals(BundleLayout.SIGNATURE) && !listed.containsKey(n))
                .forEach(n -> problems.add(n + ": in the bundle but not in " + BundleLayout.MANIFEST + " (added afterwards)"));
    }

    private static void checkSignature(Map<String, byte[]> entries, Optional<PublicKey> trusted, List<String> problems) {
        byte[] signature = entries.get(BundleLayout.SIGNATURE);
        if (signature == null) {
            trusted.ifPresent(key -> problems.add(BundleLayout.SIGNATURE + ": missing; the bundle is not signed, and --trust "
                    + "asks for one signed by key " + SigningKeys.fingerprint(key) + " (certify --sign)"));
            return;
        }
        try {
            BundleSignature.parse(signature).problem(entries.get(BundleLayout.MANIFEST), trusted).ifPresent(problems::add);
        } catch (IllegalArgumentException | ReportInputException e) {
            problems.add(BundleLayout.SIGNATURE + ": " + e.getMessage());
        }
    }

    /** Re-derives each derivable entry from the raw results, the expectations and the kit's own catalog. */
    private void deriveAgain(Map<String, byte[]> entries, List<String> problems) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("rtk-bundle-");
            for (String name : List.of(BundleLayout.CATALOG, BundleLayout.RESULTS, BundleLayout.EXPECTATIONS)) {
                if (entries.containsKey(name)) {
                    Path file = dir.resolve(name);
                    Files.createDirectories(file.getParent());
                    Files.write(file, entries.get(name));
                }
            }
            RunResults results = new RunResultsReader().read(dir.resolve(BundleLayout.RESULTS));
            JsonNode rawResults = json.readTree(entries.get(BundleLayout.RESULTS));
            JsonNode descriptor = json.readTree(entries.get(BundleLayout.DESCRIPTOR));
            JsonNode verdictJson = json.readTree(entries.get(BundleLayout.VERDICT_JSON));
            if (!descriptor.isObject() || !verdictJson.isObject()) {
                problems.add((descriptor.isObject() ? BundleLayout.VERDICT_JSON : BundleLayout.DESCRIPTOR) + ": not a JSON object");
                return;
            }
            if (!checkCatalog(results.kitVersion(), entries.get(BundleLayout.CATALOG), problems)) {
                return;
            }
            Catalog catalog = new CatalogReader().read(dir.resolve(BundleLayout.CATALOG));
            Expectations expectations = entries.containsKey(BundleLayout.EXPECTATIONS)
                    ? new ExpectationsReader().read(dir.resolve(BundleLayout.EXPECTATIONS))
                    : Expectations.none(results.backend().id());
            LocalDate judgedOn = LocalDate.parse(verdictJson.path("judgedOn").asText());
            RunVerdict again = BundleJudgement.judge(results, expectations, catalog, judgedOn);

            // The results' own record of the command is the authority; without one, bundle.json's is.
            String commandFile = new String(entries.get(BundleLayout.COMMAND), StandardCharsets.UTF_8).strip();
            Optional<String> recorded = RecordedCommand.of(rawResults);
            String command = recorded.orElse(descriptor.path("command").asText(""));
            if (!command.equals(commandFile)) {
                problems.add(BundleLayout.COMMAND + ": is '" + commandFile + "' but " + (recorded.isPresent()
                        ? "the results record the run's command as '" : BundleLayout.DESCRIPTOR + " records the command as '")
                        + command + "'");
            }
            checkDescriptor(descriptor, results, entries, again, command, problems);
            compareJson(BundleLayout.VERDICT_JSON, verdictJson, json.readTree(new VerdictJson().write(again)), problems);
            compareText(BundleLayout.VERDICT_MARKDOWN, entries, new VerdictMarkdown().write(again), problems);
            compareText(BundleLayout.VERDICT_HTML, entries, new VerdictHtml().write(again), problems);
            new AllureCorrespondence().firstMismatch(results, entries).ifPresent(problems::add);
        } catch (ReportInputException e) {
            problems.add(dir == null ? e.getMessage() : e.getMessage().replace(dir + "/", ""));
        } catch (IOException e) {
            problems.add("a JSON entry of the bundle is not readable: " + e.getMessage());
        } catch (DateTimeParseException e) {
            problems.add(BundleLayout.VERDICT_JSON + ": judgedOn is not a date such as 2026-11-27");
        } finally {
            deleteQuietly(dir);
        }
    }

    private boolean checkCatalog(String kitVersion, byte[] bundled, List<String> problems) {
        Optional<byte[]> own = kitCatalog.apply(kitVersion);
        if (own.isEmpty()) {
            problems.add(BundleLayout.RESULTS + ": made by kit version '" + kitVersion + "', but this kit is '" + ownKitVersion
                    + "' and carries no catalog of that version to judge it against; validate it with rtk-kit " + kitVersion);
            return false;
        }
        if (!Arrays.equals(own.get(), bundled)) {
            problems.add(BundleLayout.CATALOG + ": SHA-256 is " + Sha256.of(bundled) + " but the catalog kit version '" + kitVersion
                    + "' carries has " + Sha256.of(own.get()) + " (a run is judged against its kit's own catalog)");
            return false;
        }
        return true;
    }

    private static void checkDescriptor(JsonNode descriptor, RunResults results, Map<String, byte[]> entries,
                                        RunVerdict again, String command, List<String> problems) {
        String createdAt = descriptor.path("createdAt").asText("");
        try {
            Instant.parse(createdAt);
        } catch (DateTimeParseException e) {
            problems.add(BundleLayout.DESCRIPTOR + ": createdAt '" + createdAt + "' is not an instant such as 2026-11-27T17:00:00Z");
            return;
        }
        JsonNode jar = descriptor.path("kitJarSha256");
        if (!jar.isMissingNode() && !jar.isNull() && !SHA256.matcher(jar.asText()).matches()) {
            problems.add(BundleLayout.DESCRIPTOR + ": kitJarSha256 '" + jar.asText() + "' is not a SHA-256 in hex");
            return;
        }
        Optional<String> jarHash = jar.isTextual() ? Optional.of(jar.asText()) : Optional.empty();
        JsonNode expected = BundleDescriptor.of(results, entries.get(BundleLayout.CATALOG),
                entries.containsKey(BundleLayout.EXPECTATIONS), again, command, new BundleDescriptor.Stamp(createdAt, jarHash));
        JsonDifference.first(descriptor, expected).ifPresent(d -> problems.add(BundleLayout.DESCRIPTOR + ": " + d.path()
                + " is " + d.actual() + " but " + BundleDescriptor.sourceOf(d.path()) + " says " + d.expected()));
    }

    private static void compareJson(String entry, JsonNode inBundle, JsonNode regenerated, List<String> problems) {
        JsonDifference.first(inBundle, regenerated).ifPresent(d -> problems.add(entry + ": " + d.path() + " is " + d.actual()
                + " but judging the bundled results again gives " + d.expected()));
    }

    private static void compareText(String entry, Map<String, byte[]> entries, String regenerated, List<String> problems) {
        TextDifference.first(new String(entries.get(entry), StandardCharsets.UTF_8), regenerated)
                .ifPresent(d -> problems.add(entry + ": " + d));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the verdict of the validation stands.
        }
    }
}
