/**
 * The port of the kit: a faithful Java mirror of the RTKAPI shared-memory calls plus the harness
 * operations a conformance run needs, each optional one declared as a {@link org.rtkconformance.adapter.api.Capability}.
 *
 * <p>A vendor implements {@link org.rtkconformance.adapter.api.BackendProvider} and registers it in
 * {@code META-INF/services}; nothing else in the kit has to change.
 */
package org.rtkconformance.adapter.api;
