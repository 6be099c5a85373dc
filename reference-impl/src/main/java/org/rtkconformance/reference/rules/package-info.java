/**
 * The readings of the page's ambiguities and the rules they set: the one public, overridable policy type
 * ({@link org.rtkconformance.reference.rules.ReferenceRules}) the model asks for every decision.
 */
package org.rtkconformance.reference.rules;
