package org.rtkconformance.selftest.mutants;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.RtkConstants;
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
                        status(Failure.CLOSE_NULL_HANDLE, NtStatus.STATUS_SUCCESS)),
                floor("undeclared-d4-refusal-succeeds", "FLOOR-D4", "D-4",
                        "declares no reading of D-4 and answers STATUS_SUCCESS, handing out nothing, to DesiredAccess 3 or 4",
                        status("D-4.A", Failure.DESIRED_ACCESS, NtStatus.STATUS_SUCCESS)),
                floor("undeclared-d5-true-refused", "FLOOR-D5", "D-5",
                        "declares no reading of D-5 and refuses InheritHandle TRUE",
                        new ReferenceRules(Readings.defaults()) {
                            @Override
                            public boolean acceptsInheritHandle(byte inheritHandle) {
                                return inheritHandle == 0;
                            }
                        }),
                floor("undeclared-d7-other-kind-succeeds", "FLOOR-D7", "D-7",
                        "declares no reading of D-7 and answers STATUS_SUCCESS, handing out nothing, for an event's name",
                        status("", Failure.WRONG_KIND, NtStatus.STATUS_SUCCESS)),
                floor("undeclared-d9-malformed-succeeds", "FLOOR-D9", "D-9",
                        "declares no reading of D-9 and answers STATUS_SUCCESS, handing out nothing, to a malformed name",
                        status("", Failure.NAME_MALFORMED, NtStatus.STATUS_SUCCESS)),
                floor("undeclared-d11-null-location-succeeds", "FLOOR-D11", "D-11",
                        "declares no reading of D-11 and answers STATUS_SUCCESS, handing out nothing, to a NULL location",
                        status("", Failure.NULL_LOCATION, NtStatus.STATUS_SUCCESS)),
                new Mutant("mutant:undeclared-d1-private-read-view", "FLOOR-D1",
                        "declares no reading of D-1 and lets a write through an SHM_MAP_READ view succeed into a private copy",
                        Optional.empty(), new UndeclaringProvider(new PortMutantProvider(
                                ReferenceBackendProvider.withRules("mutant:undeclared-d1-private-read-view",
                                        new ReferenceRules(Readings.defaults())),
                                () -> (inner, session) -> new PrivateWritesCaller(inner, session, RtkConstants.SHM_MAP_READ)),
                                Set.of("D-1"))));
    }

    private static Mutant floor(String name, String floor, String undeclared, String description, ReferenceRules rules) {
        String id = "mutant:" + name;
        return new Mutant(id, floor, description, Optional.empty(),
                new UndeclaringProvider(ReferenceBackendProvider.withRules(id, rules), Set.of(undeclared)));
    }

    private static ReferenceRules status(Failure failure, NtStatus wrong) {
        return status("", failure, wrong);
    }

    private static ReferenceRules status(String readings, Failure failure, NtStatus wrong) {
        return new ReferenceRules(Readings.parse(readings, "floor mutant readings")) {
            @Override
            public NtStatus status(Failure refused) {
                return refused == failure ? wrong : super.status(refused);
            }
        };
    }
}
