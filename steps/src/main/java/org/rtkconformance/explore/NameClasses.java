package org.rtkconformance.explore;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The names a sequence uses, in the features' notation, drawn from the classes independent ports fold
 * together: a base name and its neighbours by case, a trailing or embedded NUL, a leading or doubled '/',
 * a space, a backslash, Unicode normalisation, and the last code unit of names around the lengths a port
 * may cut at (128, 255, 256, 260 and one past).
 */
final class NameClasses {

    /** Each class: a base name first, then names a sloppy port confuses with it. */
    private static final List<List<String>> CLASSES = List.of(
            List.of("\"Alpha\"", "\"alpha\"", "\"ALPHA\"", "\"Alpha{U+0000}\"", "\"Alpha \"", "\"Al{U+005C}pha\""),
            List.of("\"Beta\"", "\"/Beta\"", "\"//Beta\"", "\"Beta/\"", "\"Be{U+0000}ta\""),
            List.of("\"{U+00C5}ngstr{U+00F6}m\"", "\"A{U+030A}ngstr{U+00F6}m\"", "\"{U+00E5}ngstr{U+00F6}m\""),
            List.of("255 × \"a\" + \"b\"", "255 × \"a\" + \"c\"", "255 × \"a\"", "256 × \"a\""),
            List.of("259 × \"n\" + \"x\"", "259 × \"n\" + \"y\"", "260 × \"n\"", "261 × \"n\""),
            List.of("127 × \"m\" + \"x\"", "127 × \"m\" + \"y\"", "128 × \"m\""),
            List.of("\"Global{U+005C}Gamma\"", "\"Gamma\"", "\"Local{U+005C}Gamma\""));

    private NameClasses() {
    }

    /** Three to five names for one sequence: most of one class, and a name of another. */
    static List<String> pool(SplittableRandom random) {
        List<String> home = CLASSES.get(random.nextInt(CLASSES.size()));
        List<String> other = CLASSES.get(random.nextInt(CLASSES.size()));
        java.util.ArrayList<String> pool = new java.util.ArrayList<>();
        pool.add(home.get(0));
        int neighbours = 1 + random.nextInt(Math.min(3, home.size() - 1));
        for (int i = 0; i < neighbours; i++) {
            String neighbour = home.get(1 + random.nextInt(home.size() - 1));
            if (!pool.contains(neighbour)) {
                pool.add(neighbour);
            }
        }
        if (!pool.contains(other.get(0))) {
            pool.add(other.get(0));
        }
        return pool;
    }
}
