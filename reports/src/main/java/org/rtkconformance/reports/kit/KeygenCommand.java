package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.bundle.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Makes an Ed25519 key pair for signing bundles. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Writes a new Ed25519 key pair for signing certification bundles: <name>.key (private, "
                + "readable by you only; certify --sign) and <name>.pub (public; give it to whoever runs validate --trust). "
                + "Never overwrites a key.")
final class KeygenCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<name>", description = "the path and base name of the two key files, such as keys/acme")
    Path name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path privateKey = Path.of(name + ".key");
        Path publicKey = Path.of(name + ".pub");
        SigningKeys.generate(privateKey, publicKey);
        spec.commandLine().getOut().println("signing key: " + privateKey + " (keep it secret)");
        spec.commandLine().getOut().println("public key:  " + publicKey + " " + SigningKeys.fingerprint(SigningKeys.readPublic(publicKey)));
        return RtkKit.EXIT_OK;
    }
}
