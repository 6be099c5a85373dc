/**
 * The reference backend ({@code reference}): an executable model of RTSS shared memory behind the port,
 * the kit's oracle and default backend.
 *
 * <p>Every decision the page leaves open is a reading (D-1 to D-24, {@code docs/INTERPRETATIONS.md}),
 * selected with {@code -Drtk.reference.readings}. To build a mutant, a backend that is wrong in exactly one
 * way, override one method of {@link org.rtkconformance.reference.rules.ReferenceRules} and register it with
 * {@link org.rtkconformance.reference.ReferenceBackendProvider#withRules(String, org.rtkconformance.reference.rules.ReferenceRules)}.
 */
package org.rtkconformance.reference;
