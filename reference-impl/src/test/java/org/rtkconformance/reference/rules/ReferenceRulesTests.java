package org.rtkconformance.reference.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_HANDLE;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_NAME_TOO_LONG;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_INVALID;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_NOT_FOUND;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;
import static org.rtkconformance.adapter.api.RtkConstants.PAGE_EXECUTE_READ;
import static org.rtkconformance.adapter.api.RtkConstants.PAGE_READONLY;
import static org.rtkconformance.adapter.api.RtkConstants.PAGE_READWRITE;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_ALL_ACCESS;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_READ;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.UnicodeString;

class ReferenceRulesTests {

    private static ReferenceRules rules(String readings) {
        return new ReferenceRules(Readings.parse(readings, "test"));
    }

    @Test
    void every_failure_has_a_failure_status_under_every_single_reading() {
        for (Ambiguity ambiguity : Ambiguity.values()) {
            for (String letter : ambiguity.choices().keySet()) {
                ReferenceRules rules = rules(ambiguity.id() + "." + letter);
                for (Failure failure : Failure.values()) {
                    NtStatus status = rules.status(failure);
                    assertThat(status).as(ambiguity.id() + "." + letter + " " + failure).isNotNull();
                    assertThat(status.isSuccess()).as(failure.name()).isFalse();
                    assertThat(failure.source()).isNotBlank();
                }
            }
        }
    }

    @Test
    void the_default_statuses_stay_within_the_five_documented_codes_of_open() {
        Set<NtStatus> documented = Set.of(STATUS_INVALID_PARAMETER, STATUS_UNSUCCESSFUL, STATUS_INVALID_HANDLE,
                NtStatus.STATUS_NO_MEMORY, NtStatus.STATUS_NO_SUCH_DEVICE);
        ReferenceRules rules = ReferenceRules.defaults();
        for (Failure failure : Failure.values()) {
            assertThat(documented).as(failure.name()).contains(rules.status(failure));
        }
    }

    @Test
    void the_not_found_status_follows_D6_and_the_statuses_that_borrow_it() {
        assertThat(rules("").status(Failure.NOT_FOUND)).isEqualTo(STATUS_UNSUCCESSFUL);
        assertThat(rules("D-6.B").status(Failure.NOT_FOUND)).isEqualTo(STATUS_OBJECT_NAME_NOT_FOUND);
        assertThat(rules("D-6.C").status(Failure.NOT_FOUND)).isEqualTo(STATUS_INVALID_PARAMETER);
        assertThat(rules("D-6.D").status(Failure.NOT_FOUND)).isEqualTo(STATUS_INVALID_HANDLE);
        assertThat(rules("D-6.B,D-7.B").status(Failure.WRONG_KIND)).isEqualTo(STATUS_OBJECT_NAME_NOT_FOUND);
        assertThat(rules("D-6.B").status(Failure.WRONG_KIND)).isEqualTo(STATUS_INVALID_HANDLE);
        assertThat(rules("D-6.B,D-10.B").status(Failure.NAME_NULL)).isEqualTo(STATUS_OBJECT_NAME_NOT_FOUND);
        assertThat(rules("D-6.B,D-9.C").status(Failure.NAME_EMPTY)).isEqualTo(STATUS_OBJECT_NAME_NOT_FOUND);
        assertThat(rules("D-6.B,D-12.B").status(Failure.NAME_BACKSLASH)).isEqualTo(STATUS_OBJECT_NAME_NOT_FOUND);
        assertThat(rules("D-6.B,D-12.B").status(Failure.CREATE_NAME_BACKSLASH)).isEqualTo(STATUS_INVALID_PARAMETER);
        assertThat(rules("D-12.D").status(Failure.NAME_BACKSLASH)).isEqualTo(STATUS_OBJECT_NAME_INVALID);
        assertThat(rules("D-12.D").status(Failure.CREATE_NAME_BACKSLASH)).isEqualTo(STATUS_OBJECT_NAME_INVALID);
        assertThat(rules("D-8.D").status(Failure.NAME_TOO_LONG)).isEqualTo(STATUS_NAME_TOO_LONG);
        assertThat(rules("D-23.B").status(Failure.IRQL_NOT_PASSIVE)).isEqualTo(STATUS_INVALID_PARAMETER);
    }

    @Test
    void create_of_an_existing_name_reports_per_D24() {
        assertThat(rules("").existingObjectStatus()).isEqualTo(STATUS_OBJECT_NAME_EXISTS);
        assertThat(rules("D-24.A").existingObjectStatus()).isEqualTo(STATUS_SUCCESS);
    }

    @Test
    void capabilities_are_all_but_the_native_header_and_unmap_only_under_D14B() {
        assertThat(rules("").capabilities()).isEqualTo(EnumSet.complementOf(EnumSet.of(Capability.NATIVE_HEADER)));
        assertThat(rules("D-14.A").capabilities()).doesNotContain(Capability.UNMAP, Capability.NATIVE_HEADER)
                .contains(Capability.VIEW_ACCESS);
        assertThat(rules("D-14.C").capabilities()).doesNotContain(Capability.UNMAP);
    }

    @Test
    void instances_are_valid_per_D22() {
        assertThat(EnumSet.allOf(InstanceState.class)).filteredOn(rules("")::acceptsInstance)
                .containsExactly(InstanceState.LIVE);
        assertThat(EnumSet.allOf(InstanceState.class)).filteredOn(rules("D-22.B")::acceptsInstance)
                .containsExactly(InstanceState.LIVE, InstanceState.DETACHED);
        assertThat(EnumSet.allOf(InstanceState.class)).filteredOn(rules("D-22.A")::acceptsInstance)
                .containsExactly(InstanceState.NEVER_ISSUED, InstanceState.LIVE, InstanceState.DETACHED);
    }

    @Test
    void max_wfso_is_a_ulong_of_at_least_one() {
        ReferenceRules rules = ReferenceRules.defaults();
        assertThat(rules.acceptsMaxWfso(0)).isFalse();
        assertThat(rules.acceptsMaxWfso(1)).isTrue();
        assertThat(rules.acceptsMaxWfso(-1)).as("0xFFFFFFFF as a ULONG").isTrue();
    }

    @Test
    void irql_refusal_follows_D23() {
        assertThat(rules("").refusesAtIrql(0)).isFalse();
        assertThat(rules("").refusesAtIrql(1)).isTrue();
        assertThat(rules("D-23.B").refusesAtIrql(2)).isTrue();
        assertThat(rules("D-23.C").refusesAtIrql(2)).isFalse();
    }

    @Test
    void location_and_out_parameters_follow_D11() {
        assertThat(rules("").refusesNullLocation()).isTrue();
        assertThat(rules("").writesOutParametersOnFailure()).isFalse();
        assertThat(rules("D-11.B").refusesNullLocation()).isFalse();
        assertThat(rules("D-11.D").refusesNullLocation()).isTrue();
        assertThat(rules("D-11.D").writesOutParametersOnFailure()).isTrue();
    }

    @Test
    void desired_access_follows_D4_and_the_view_D1() {
        ReferenceRules a = rules("D-4.A");
        assertThat(a.acceptsDesiredAccess(SHM_MAP_READ)).isTrue();
        assertThat(a.acceptsDesiredAccess(SHM_MAP_WRITE)).isTrue();
        assertThat(a.acceptsDesiredAccess(0)).isFalse();
        assertThat(a.acceptsDesiredAccess(SHM_MAP_ALL_ACCESS)).isFalse();
        assertThat(a.mapsWritableView(SHM_MAP_READ)).isFalse();
        assertThat(a.mapsWritableView(SHM_MAP_WRITE)).isTrue();
        assertThat(a.creatorViewWritable()).isTrue();

        ReferenceRules b = rules("D-4.B");
        assertThat(b.acceptsDesiredAccess(0)).isTrue();
        assertThat(b.mapsWritableView(SHM_MAP_ALL_ACCESS)).isTrue();
        assertThat(b.mapsWritableView(4)).isFalse();

        ReferenceRules c = rules("D-4.C");
        assertThat(c.acceptsDesiredAccess(0x80)).isTrue();
        assertThat(c.mapsWritableView(0x80)).isTrue();
        assertThat(c.mapsWritableView(0)).isTrue();
        assertThat(c.mapsWritableView(SHM_MAP_WRITE)).isTrue();
        assertThat(c.mapsWritableView(SHM_MAP_READ)).as("D-4 is about the other values").isFalse();

        assertThat(rules("D-1.A").mapsWritableView(SHM_MAP_READ)).isTrue();
    }

    @Test
    void inherit_handle_follows_D5() {
        assertThat(rules("").acceptsInheritHandle((byte) 2)).isTrue();
        assertThat(rules("D-5.B").acceptsInheritHandle((byte) 0)).isTrue();
        assertThat(rules("D-5.B").acceptsInheritHandle((byte) 1)).isTrue();
        assertThat(rules("D-5.B").acceptsInheritHandle((byte) 2)).isFalse();
        assertThat(rules("D-5.B").acceptsInheritHandle((byte) 0xFF)).isFalse();
    }

    @Test
    void creation_protection_follows_D3_and_D2() {
        assertThat(rules("").protectionAllows(PAGE_READONLY, SHM_MAP_WRITE)).isTrue();
        ReferenceRules tracked = rules("D-3.B");
        assertThat(tracked.protectionAllows(PAGE_READWRITE, SHM_MAP_WRITE)).isTrue();
        assertThat(tracked.protectionAllows(PAGE_READONLY, SHM_MAP_WRITE)).isFalse();
        assertThat(tracked.protectionAllows(PAGE_READONLY, SHM_MAP_READ)).isTrue();
        assertThat(tracked.protectionAllows(PAGE_READWRITE, SHM_MAP_READ)).isTrue();
        assertThat(tracked.protectionAllows(PAGE_EXECUTE_READ, SHM_MAP_READ)).isFalse();
        assertThat(rules("D-3.B,D-2.B").protectionAllows(PAGE_EXECUTE_READ, SHM_MAP_READ)).isTrue();
        assertThat(rules("D-3.B,D-2.B").protectionAllows(0x01, SHM_MAP_READ)).as("PAGE_NOACCESS").isFalse();
    }

    @Test
    void malformed_strings_are_detected_from_their_lengths() {
        ReferenceRules rules = ReferenceRules.defaults();
        assertThat(rules.isMalformed(UnicodeString.of("abc"))).isFalse();
        assertThat(rules.isMalformed(UnicodeString.unterminated("abc"))).isFalse();
        assertThat(rules.isMalformed(UnicodeString.nullBuffer(0, 0))).isFalse();
        assertThat(rules.isMalformed(UnicodeString.nullBuffer(2, 2))).isTrue();
        assertThat(rules.isMalformed(UnicodeString.withLengths("abcd".toCharArray(), 3, 8))).isTrue();
        assertThat(rules.isMalformed(UnicodeString.withLengths("abcd".toCharArray(), 6, 4))).isTrue();
        assertThat(rules.isMalformed(UnicodeString.withLengths("abcd".toCharArray(), 4, 7))).isTrue();
    }

    @Test
    void the_name_limit_and_unit_follow_D8() {
        assertThat(rules("").nameLimit()).isEqualTo(260);
        assertThat(rules("D-8.B").nameLimit()).isEqualTo(259);
        assertThat(rules("D-8.F").nameLimit()).isEqualTo(256);
        char[] pair = "\uD83D\uDE00".toCharArray();
        assertThat(rules("").nameLength(pair)).isEqualTo(2);
        assertThat(rules("D-8.C").nameLength(pair)).isEqualTo(1);
        assertThat(rules("D-8.E").truncatesLongNames()).isTrue();
        assertThat(rules("").truncatesLongNames()).isFalse();
    }

    @Test
    void names_compare_per_D13() {
        char[] precomposed = "\u00E9".toCharArray();
        char[] decomposed = "e\u0301".toCharArray();
        assertThat(rules("").nameKey(precomposed)).isNotEqualTo(rules("").nameKey(decomposed));
        assertThat(rules("D-13.B").nameKey(precomposed)).isEqualTo(rules("D-13.B").nameKey(decomposed));
        assertThat(rules("").nameKey("Abc".toCharArray())).isNotEqualTo(rules("").nameKey("abc".toCharArray()));
    }

    @Test
    void namespace_prefixes_are_dropped_only_under_D12C() {
        assertThat(rules("D-12.C").withoutNamespacePrefix("Global\\x".toCharArray())).containsExactly('x');
        assertThat(rules("D-12.C").withoutNamespacePrefix("Local\\x".toCharArray())).containsExactly('x');
        assertThat(rules("D-12.C").withoutNamespacePrefix("global\\x".toCharArray())).hasSize(8);
        assertThat(rules("").withoutNamespacePrefix("Global\\x".toCharArray())).hasSize(8);
    }

    @Test
    void lifetime_decisions_follow_D14_to_D21() {
        ReferenceRules defaults = rules("");
        assertThat(defaults.hasUnmap()).isTrue();
        assertThat(defaults.closeReleasesView()).isFalse();
        assertThat(defaults.detachReleasesViews()).isFalse();
        assertThat(defaults.viewsKeepObjectAlive()).isFalse();
        assertThat(defaults.closeRefusedWhileViewMapped()).isFalse();
        assertThat(defaults.detachReclaimsHandles()).isFalse();
        assertThat(defaults.terminationReclaims()).isTrue();
        assertThat(defaults.shutdownReclaims()).isFalse();
        assertThat(defaults.reusesViews()).isFalse();
        assertThat(defaults.reusesHandleValues()).isFalse();
        assertThat(defaults.extent(100)).isEqualTo(4096);
        assertThat(defaults.extent(4096)).isEqualTo(4096);
        assertThat(defaults.extent(4097)).isEqualTo(8192);

        assertThat(rules("D-14.A").closeReleasesView()).isTrue();
        assertThat(rules("D-14.C").detachReleasesViews()).isTrue();
        assertThat(rules("D-16.A").detachReleasesViews()).isTrue();
        assertThat(rules("D-16.A").detachReclaimsHandles()).isTrue();
        assertThat(rules("D-15.B").viewsKeepObjectAlive()).isTrue();
        assertThat(rules("D-15.C").closeRefusedWhileViewMapped()).isTrue();
        assertThat(rules("D-16.C").shutdownReclaims()).isTrue();
        assertThat(rules("D-16.D").terminationReclaims()).isFalse();
        assertThat(rules("D-18.B").reusesViews()).isTrue();
        assertThat(rules("D-19.B").reusesHandleValues()).isTrue();
        assertThat(rules("D-21.A").extent(100)).isEqualTo(100);
    }
}
