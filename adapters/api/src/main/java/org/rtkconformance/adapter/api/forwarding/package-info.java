/**
 * Backends built on another backend: a caller and a session that pass every call on, so that a Java
 * backend (a vendor's port, a wrapper around the reference, a mutant) overrides only the calls it
 * changes (docs/writing-a-backend.md).
 */
package org.rtkconformance.adapter.api.forwarding;
