package org.rtkconformance.selftest.mutants;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Failure;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * Backends that break the floor of an ambiguity they do not declare (floors.feature): the scenarios of that
 * ambiguity's readings are NOT_APPLICABLE to them, so each must be killed by its FLOOR-Dn statement.
 */
final class FloorMutants {

    private FloorMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                floor("undeclared-d12-backslash-accepted", "FLOOR-D12", "D-12",
                        "declares no reading of D-12 and creates and opens names with a backslash",
                        new ReferenceRules(Readings.defaults()) {
                            @Override
                            public boolean isForbiddenNameCharacter(char unit) {
                                return false;
                            }
                        }),
                floor("undeclared-d6-missing-name-succeeds", "FLOOR-D6", "D-6",
                        "declares no reading of D-6 and answers STATUS_SUCCESS, handing out nothing, for a name nobody has",
                        status(Failure.NOT_FOUND, NtStatus.STATUS_SUCCESS)),
                floor("undeclared-d10-null-name-succeeds", "FLOOR-D10", "D-10",
                        "declares no reading of D-10 and answers STATUS_SUCCESS, handing out nothing, for a NULL Name",
                        status(Failure.NAME_NULL, NtStatus.STATUS_SUCCESS)),
                floor("undeclared-d19-null-close-succeeds", "FLOOR-D19", "D-19",
                        "declares no reading of D-19 and answers STATUS_SUCCESS to RtkCloseHandle of NULL",
                        status(Failure.CLOSE_NULL_HANDLE, NtStatus.STATUS_SUCCESS)));
    }

    private static Mutant floor(String name, String floor, String undeclared, String description, ReferenceRules rules) {
        String id = "mutant:" + name;
        return new Mutant(id, floor, description, Optional.empty(),
                new UndeclaringProvider(ReferenceBackendProvider.withRules(id, rules), Set.of(undeclared)));
    }

    private static ReferenceRules status(Failure failure, NtStatus wrong) {
        return new ReferenceRules(Readings.defaults()) {
            @Override
            public NtStatus status(Failure refused) {
                return refused == failure ? wrong : super.status(refused);
            }
        };
    }
}
