package org.rtkconformance.reference.rules;

/**
 * What the name rules make of a {@code Name} argument: a key to look up or register, no name at all (an
 * unnamed object on Create), or a refusal.
 *
 * @param key     the comparison key; {@code null} when unnamed or refused
 * @param name    the name the object is registered under, after D-8 truncation and D-12 prefix removal
 * @param failure why the name is refused; {@code null} when it is not
 */
public record NameVerdict(NameKey key, String name, Failure failure) {

    static NameVerdict named(NameKey key, String name) {
        return new NameVerdict(key, name, null);
    }

    static NameVerdict unnamed() {
        return new NameVerdict(null, null, null);
    }

    static NameVerdict refused(Failure failure) {
        return new NameVerdict(null, null, failure);
    }
}
