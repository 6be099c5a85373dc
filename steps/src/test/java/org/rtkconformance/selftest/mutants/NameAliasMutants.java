package org.rtkconformance.selftest.mutants;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.NameKey;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * One mutant per way a port folds two names into one (OPEN-NAME-7, distinct-names.feature): each compares
 * names through a lossy key, as a port does that keeps names in a C string, a POSIX path or a fixed buffer.
 * Every one of them passes each scenario that uses one name alone.
 */
final class NameAliasMutants {

    private NameAliasMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                alias("alias-trailing-nul", "trailing NUL code units are dropped, as a copy into a C string does",
                        name -> name.replaceAll("\u0000+$", "")),
                alias("alias-full-case-fold", "names are compared after full Unicode case folding (ß is ss, the Kelvin sign k)",
                        name -> name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)),
                alias("alias-nfkc", "names are compared in NFKC, folding compatibility forms (a ligature, a superscript, a full-width letter)",
                        name -> Normalizer.normalize(name, Normalizer.Form.NFKC)),
                alias("alias-leading-slash", "leading '/' are stripped, as a port onto shm_open does before adding its own",
                        name -> name.replaceFirst("^/+", "")),
                alias("alias-slash-rewritten", "'/' is rewritten as '_' so that the name is a valid POSIX object name",
                        name -> name.replace('/', '_')),
                alias("alias-space-rewritten", "a space is rewritten as '_'",
                        name -> name.replace(' ', '_')),
                alias("alias-trimmed", "leading and trailing white space is trimmed",
                        String::strip),
                alias("alias-dot-segments", "names are normalised as paths: '.' and empty segments dropped, '..' resolved",
                        NameAliasMutants::asNormalisedPath),
                alias("alias-cut-128-units", "names are kept in a buffer of 256 bytes of UTF-16: the first 128 code units count",
                        name -> name.length() > 128 ? name.substring(0, 128) : name),
                alias("alias-cut-256-units", "names are kept in RTX_MAX_OBJECT_NAME_LENGTH code units: the first 256 count, though 260 are accepted",
                        name -> name.length() > 256 ? name.substring(0, 256) : name),
                alias("alias-cut-utf8-128-bytes", "names are kept as UTF-8 in a buffer of 128 bytes",
                        name -> utf8Prefix(name, 128)),
                alias("alias-cut-utf8-255-bytes", "names are kept as UTF-8 in a NAME_MAX buffer of 255 bytes",
                        name -> utf8Prefix(name, 255)),
                blindAlias());
    }

    /**
     * Without VIEW_ACCESS no contents can be compared, and under D-24.A a Create of an existing name says
     * STATUS_SUCCESS as a new object does: only lifetimes tell the aliased names apart.
     */
    private static Mutant blindAlias() {
        String id = "mutant:alias-trailing-nul-without-views";
        ReferenceRules rules = new ReferenceRules(Readings.parse("D-24.A", "mutant readings")) {
            @Override
            public NameKey nameKey(char[] units) {
                return super.nameKey(new String(units).replaceAll("\u0000+$", "").toCharArray());
            }

            @Override
            public Set<Capability> capabilities() {
                Set<Capability> capabilities = EnumSet.copyOf(super.capabilities());
                capabilities.remove(Capability.VIEW_ACCESS);
                return capabilities;
            }
        };
        return new Mutant(id, "OPEN-NAME-7", "without VIEW_ACCESS and under D-24.A, trailing NUL code units are dropped",
                Optional.empty(), ReferenceBackendProvider.withRules(id, rules));
    }

    private static Mutant alias(String name, String description, UnaryOperator<String> fold) {
        String id = "mutant:" + name;
        ReferenceRules rules = new ReferenceRules(Readings.defaults()) {
            @Override
            public NameKey nameKey(char[] units) {
                return super.nameKey(fold.apply(new String(units)).toCharArray());
            }
        };
        return new Mutant(id, "OPEN-NAME-7", description, Optional.empty(), ReferenceBackendProvider.withRules(id, rules));
    }

    private static String utf8Prefix(String name, int bytes) {
        byte[] encoded = name.getBytes(StandardCharsets.UTF_8);
        return encoded.length <= bytes ? name : new String(Arrays.copyOf(encoded, bytes), StandardCharsets.UTF_8);
    }

    private static String asNormalisedPath(String name) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
