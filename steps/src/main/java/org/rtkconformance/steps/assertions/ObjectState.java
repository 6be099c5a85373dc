package org.rtkconformance.steps.assertions;

import java.util.Optional;

import org.rtkconformance.adapter.api.ObjectInfo;

/**
 * What introspection saw of one named object.
 *
 * @param verdict the statements and backend it is judged against
 * @param name    the name looked up, as {@code UnicodeString.describe()} renders it
 * @param info    the live object, or empty when none has the name
 */
public record ObjectState(Verdict verdict, String name, Optional<ObjectInfo> info) {
}
