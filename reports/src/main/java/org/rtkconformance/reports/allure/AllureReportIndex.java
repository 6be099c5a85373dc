package org.rtkconformance.reports.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The test cases of a generated Allure 2 report, so that other pages can link to them. Reads a
 * multi-file report ({@code data/test-cases/*.json}) or a single-file {@code index.html}, which embeds
 * the same files base64-encoded in calls {@code d('data/test-cases/<uid>.json','<base64>')}.
 */
public final class AllureReportIndex {

    private static final Pattern EMBEDDED_TEST_CASE =
            Pattern.compile("d\\('data/test-cases/([^'/]+)\\.json','([A-Za-z0-9+/=]*)'\\)");

    private final Path report;
    private final Map<String, AllureTestCase> byHistoryId;

    private AllureReportIndex(Path report, List<AllureTestCase> testCases) {
        this.report = report;
        this.byHistoryId = new LinkedHashMap<>();
        testCases.forEach(t -> byHistoryId.putIfAbsent(t.historyId(), t));
    }

    /**
     * Reads {@code report}: a single-file {@code index.html}, or a multi-file report's directory or its
     * {@code index.html}.
     *
     * @throws ReportInputException when it is missing or holds no test case
     */
    public static AllureReportIndex read(Path report) {
        Path dir = Files.isDirectory(report) ? report : report.getParent();
        Path testCases = dir == null ? null : dir.resolve("data").resolve("test-cases");
        List<AllureTestCase> cases;
        if (testCases != null && Files.isDirectory(testCases)) {
            cases = readDirectory(testCases);
        } else if (Files.isRegularFile(report)) {
            cases = readSingleFile(report);
        } else {
            throw new ReportInputException(report, "the Allure report does not exist; generate it first");
        }
        if (cases.isEmpty()) {
            throw new ReportInputException(report, "the Allure report holds no test case");
        }
        return new AllureReportIndex(report, cases);
    }

    /** The test case whose history id is {@code historyId}. */
    public Optional<AllureTestCase> byHistoryId(String historyId) {
        return Optional.ofNullable(byHistoryId.get(historyId));
    }

    /** Every test case, one per history id. */
    public List<AllureTestCase> testCases() {
        return List.copyOf(byHistoryId.values());
    }

    /** The report file or directory read. */
    public Path report() {
        return report;
    }

    private static List<AllureTestCase> readDirectory(Path testCases) {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(testCases)) {
            List<AllureTestCase> cases = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                cases.add(testCase(JsonFiles.read(json, file, "Allure test case"), file));
            }
            return cases;
        } catch (IOException e) {
            throw new ReportInputException(testCases, "cannot list the Allure test cases: " + e.getMessage(), e);
        }
    }

    private static List<AllureTestCase> readSingleFile(Path index) {
        String html;
        try {
            html = Files.readString(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportInputException(index, "cannot read the Allure report: " + e.getMessage(), e);
        }
        ObjectMapper json = new ObjectMapper();
        List<AllureTestCase> cases = new ArrayList<>();
        Matcher matcher = EMBEDDED_TEST_CASE.matcher(html);
        while (matcher.find()) {
            try {
                byte[] decoded = Base64.getDecoder().decode(matcher.group(2));
                cases.add(testCase(json.readTree(decoded), index));
            } catch (IllegalArgumentException | IOException e) {
                throw new ReportInputException(index, "embedded test case " + matcher.group(1)
                        + " is not base64-encoded JSON: " + e.getMessage(), e);
            }
        }
        return cases;
    }

    private static AllureTestCase testCase(JsonNode node, Path file) {
        String uid = node.path("uid").asText("");
        if (uid.isEmpty()) {
            throw new ReportInputException(file, "an Allure test case without 'uid'");
        }
        return new AllureTestCase(uid, node.path("historyId").asText(uid), node.path("name").asText(""),
                node.path("status").asText("unknown"));
    }
}
