/**
 * The mutants: each a named variation of the reference that violates exactly one statement or reading,
 * made by overriding one {@code ReferenceRules} decision or by decorating the port, never by copying the model.
 */
package org.rtkconformance.selftest.mutants;
