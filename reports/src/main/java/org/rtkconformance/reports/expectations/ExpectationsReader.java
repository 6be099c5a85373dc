package org.rtkconformance.reports.expectations;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.rtkconformance.reports.input.Fields;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.Verdict;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks an expectations file of format {@value #FORMAT} (docs/verdicts.md). Every field of
 * every waiver is required: a waiver without a reason, a link or an expiry date is refused.
 */
public final class ExpectationsReader {

    /** The only format this reader understands. */
    public static final String FORMAT = "rtk-expectations/1";

    private static final Pattern STATEMENT = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+");
    private static final Pattern SCENARIO = Pattern.compile("[A-Za-z0-9_.-]+\\.feature:[1-9][0-9]*|probe:D-[1-9][0-9]*");
    private static final Set<Verdict> WAIVABLE = Set.of(Verdict.FAIL, Verdict.UNRESOLVED);

    private final YAMLMapper yaml = new YAMLMapper();

    /**
     * @throws ReportInputException naming the file, the waiver and the first problem found
     */
    public Expectations read(Path file) {
        Fields root = new Fields(file, "the expectations", JsonFiles.read(yaml, file, "expectations file"));
        String format = root.text("format");
        if (!FORMAT.equals(format)) {
            throw root.problem("format is '" + format + "'; this kit reads " + FORMAT);
        }
        String backend = root.text("backend");
        List<Waiver> waivers = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        List<Fields> entries = root.objects("expectations");
        for (int i = 0; i < entries.size(); i++) {
            Waiver waiver = waiver(entries.get(i), i);
            if (!targets.add(waiver.target())) {
                throw entries.get(i).problem(waiver.label() + ": " + waiver.target() + " is waived twice");
            }
            waivers.add(waiver);
        }
        return new Expectations(Optional.of(file), backend, waivers);
    }

    private static Waiver waiver(Fields entry, int index) {
        String where = "expectations[" + index + "]";
        String target = entry.text("id").strip();
        if (!STATEMENT.matcher(target).matches() && !SCENARIO.matcher(target).matches()) {
            throw entry.problem(where + ": id '" + target + "' is neither a statement id (OPEN-NAME-7) nor a "
                    + "scenario id (name.feature:112, or a probe's: probe:D-12)");
        }
        String expected = entry.text("expected");
        Verdict verdict = WAIVABLE.stream().filter(v -> v.name().equals(expected)).findFirst()
                .orElseThrow(() -> entry.problem(where + " (" + target + "): expected is '" + expected
                        + "'; a waiver accepts FAIL or UNRESOLVED"));
        String link = entry.text("link");
        if (!link.startsWith("https://") && !link.startsWith("http://")) {
            throw entry.problem(where + " (" + target + "): link '" + link + "' is not an http(s) address");
        }
        String expires = entry.text("expires");
        LocalDate date;
        try {
            date = LocalDate.parse(expires);
        } catch (DateTimeParseException e) {
            throw entry.problem(where + " (" + target + "): expires '" + expires + "' is not a date such as 2027-03-31");
        }
        return new Waiver(target, verdict, entry.text("reason"), link, date, index);
    }
}
