package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.bundle.BundleValidator;
import org.rtkconformance.reports.bundle.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Checks a certification bundle: integrity, signature, and everything derivable derived again. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a certification bundle: a whole zip, every part present, every SHA-256 as its manifest says, "
                + "no file added, the signature (against --trust when given), and everything derivable derived again from "
                + "the raw results and the kit's catalog: bundle.json, the verdict pages, the Allure results one for one. "
                + "Exits 4 naming the first difference otherwise.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<bundle.zip>", description = "the bundle certify wrote")
    Path bundle;

    @Option(names = "--trust", paramLabel = "<key.pub>",
            description = "the public key that must have signed the bundle (rtk-kit keygen writes it); an unsigned bundle is then invalid")
    Path trustedKey;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<PublicKey> trusted = Optional.ofNullable(trustedKey).map(SigningKeys::readPublic);
        BundleValidator validator = new BundleValidator(KitVersion.get(),
                version -> version.equals(KitVersion.get()) ? PackagedFeatures.catalogBytes() : Optional.empty());
        List<String> problems = validator.validate(bundle, trusted);
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println("rtk-kit: " + bundle + " is a complete, intact certification bundle"
                    + trusted.map(k -> ", signed by the trusted key " + SigningKeys.fingerprint(k)).orElse(""));
            return RtkKit.EXIT_OK;
        }
        problems.forEach(p -> spec.commandLine().getErr().println("rtk-kit: " + bundle + ": " + p));
        return RtkKit.EXIT_BUNDLE_INVALID;
    }
}
