package org.rtkconformance.reference.rules;

import java.util.Arrays;

import org.rtkconformance.adapter.api.UnicodeString;

/**
 * The order in which the name rules apply: form (D-9), length (D-8), namespace prefix and emptiness
 * (D-12.C, D-9), forbidden characters (D-12), then the comparison key (D-13). Each step asks an
 * overridable method of {@link ReferenceRules}.
 */
final class NameChecks {

    private NameChecks() {
    }

    static NameVerdict check(ReferenceRules rules, UnicodeString name, boolean creating) {
        if (rules.isMalformed(name) && rules.refusesMalformedNames()) {
            return NameVerdict.refused(Failure.NAME_MALFORMED);
        }
        char[] units = name.codeUnits();
        if (rules.nameLength(units) > rules.nameLimit()) {
            if (!rules.truncatesLongNames()) {
                return NameVerdict.refused(Failure.NAME_TOO_LONG);
            }
            units = Arrays.copyOf(units, rules.nameLimit());
        }
        units = rules.withoutNamespacePrefix(units);
        if (units.length == 0) {
            return creating && rules.createsUnnamedForEmptyName() ? NameVerdict.unnamed()
                    : NameVerdict.refused(Failure.NAME_EMPTY);
        }
        for (char unit : units) {
            if (rules.isForbiddenNameCharacter(unit)) {
                return NameVerdict.refused(creating ? Failure.CREATE_NAME_BACKSLASH : Failure.NAME_BACKSLASH);
            }
        }
        return NameVerdict.named(rules.nameKey(units), new String(units));
    }
}
