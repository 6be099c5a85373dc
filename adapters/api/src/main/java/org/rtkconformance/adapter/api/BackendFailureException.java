package org.rtkconformance.adapter.api;

/**
 * The backend itself broke (an agent crashed, hung, replied with garbage): the scenario is UNRESOLVED,
 * never FAIL, because nothing was learnt about conformance.
 */
public class BackendFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackendFailureException(String message) {
        super(message);
    }

    public BackendFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
