package org.rtkconformance.reports.kit;

import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.reports.bundle.Sha256;
import org.rtkconformance.reports.input.ReportInputException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * {@code --backend-jar}: Java backends from jars outside the kit, for every command that loads backends.
 * Each jar must be a jar that registers a {@link BackendProvider} in {@value #SERVICES}; the recorded
 * command names each by absolute path and SHA-256 ({@code PATH#sha256=HEX}), and a command given such a
 * suffix refuses a jar with another content, so a bundle's COMMAND reruns exactly the same backend.
 */
final class BackendJars {

    /** Where a jar registers its providers for {@link ServiceLoader}. */
    static final String SERVICES = "META-INF/services/org.rtkconformance.adapter.api.BackendProvider";
    private static final String OPTION = "--backend-jar";
    private static final Pattern PINNED = Pattern.compile("(.+)#sha256=([0-9a-f]{64})");

    @Option(names = OPTION, paramLabel = "<jar>",
            description = "a jar holding a Java backend (registered in " + SERVICES + "); repeatable. "
                    + "A '#sha256=<hex>' suffix, as in the recorded command, requires exactly that content")
    List<String> jars = new ArrayList<>();

    /** A jar as given, checked: where it is and its SHA-256. */
    private record CheckedJar(Path path, String sha256) {
    }

    /**
     * A class loader over the jars on top of {@code parent}, or {@code parent} without jars.
     *
     * @throws ReportInputException naming the jar and what is wrong with it: missing, not a jar, no provider
     *                              registered, another content than its pinned SHA-256, a provider that cannot load
     */
    ClassLoader loader(ClassLoader parent) {
        if (jars.isEmpty()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (String given : jars) {
            urls.add(url(check(given).path()));
        }
        // Not closed: the run's backend classes come from it until the JVM ends.
        URLClassLoader loader = new URLClassLoader("backend-jars", urls.toArray(URL[]::new), parent);
        try {
            ServiceLoader.load(BackendProvider.class, loader).forEach(provider -> { });
        } catch (ServiceConfigurationError e) {
            throw new ReportInputException(Path.of(jars.get(0)), "a registered backend cannot be loaded: " + e.getMessage());
        }
        return loader;
    }

    /** {@code args} with each backend jar as its absolute path and SHA-256, so that the command reruns the same jar. */
    List<String> reproducible(List<String> args) {
        List<String> recorded = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(OPTION) && i + 1 < args.size()) {
                recorded.add(arg);
                recorded.add(pinned(args.get(++i)));
            } else if (arg.startsWith(OPTION + "=")) {
                recorded.add(OPTION + "=" + pinned(arg.substring(OPTION.length() + 1)));
            } else {
                recorded.add(arg);
            }
        }
        return recorded;
    }

    private static String pinned(String given) {
        CheckedJar jar = check(given);
        return jar.path() + "#sha256=" + jar.sha256();
    }

    private static CheckedJar check(String given) {
        Matcher pinned = PINNED.matcher(given);
        Path path = Path.of(pinned.matches() ? pinned.group(1) : given).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new ReportInputException(path, OPTION + ": no such file");
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            if (jar.getEntry(SERVICES) == null) {
                throw new ReportInputException(path, OPTION + ": the jar registers no backend: it has no " + SERVICES
                        + " (docs/writing-a-backend.md)");
            }
            String sha256 = Sha256.of(path);
            if (pinned.matches() && !pinned.group(2).equals(sha256)) {
                throw new ReportInputException(path, OPTION + ": its SHA-256 is " + sha256 + ", not " + pinned.group(2)
                        + " as given: this is not the jar the recorded run used");
            }
            return new CheckedJar(path, sha256);
        } catch (ZipException e) {
            throw new ReportInputException(path, OPTION + ": not a jar (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ReportInputException(path, OPTION + ": unreadable: " + e.getMessage(), e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new ReportInputException(path, OPTION + ": not a usable path: " + e.getMessage(), e);
        }
    }
}
