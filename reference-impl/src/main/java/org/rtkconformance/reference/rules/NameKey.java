package org.rtkconformance.reference.rules;

/**
 * A name as the namespace compares it (D-13): two names are the same name exactly when their keys are equal.
 *
 * @param value the comparison form of the name
 */
public record NameKey(String value) {
}
