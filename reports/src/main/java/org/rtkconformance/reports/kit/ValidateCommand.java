package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.bundle.BundleValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Checks a certification bundle's completeness and integrity. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a certification bundle: every part present, every SHA-256 as its manifest says, no file "
                + "added, and the verdict the one its results give again. Exits 4 with one line per problem otherwise.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<bundle.zip>", description = "the bundle certify wrote")
    Path bundle;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = new BundleValidator().validate(bundle);
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println("rtk-kit: " + bundle + " is a complete, intact certification bundle");
            return RtkKit.EXIT_OK;
        }
        problems.forEach(p -> spec.commandLine().getErr().println("rtk-kit: " + bundle + ": " + p));
        return RtkKit.EXIT_BUNDLE_INVALID;
    }
}
