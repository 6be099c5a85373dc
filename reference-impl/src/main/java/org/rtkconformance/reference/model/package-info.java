/**
 * The model of one RTSS world (namespace, objects, handle and view tables, instances, memory), whose
 * operations ask {@link org.rtkconformance.reference.rules.ReferenceRules} at every decision point.
 */
package org.rtkconformance.reference.model;
