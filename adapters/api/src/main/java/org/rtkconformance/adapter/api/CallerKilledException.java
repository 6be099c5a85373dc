package org.rtkconformance.adapter.api;

/**
 * The backend ended its own caller during a call (an agent process exited before replying): unlike a
 * hang or a garbled reply, this is behaviour the kit judges, a FAIL of the statement the call exercises,
 * because no input to a documented call may kill the caller.
 */
public class CallerKilledException extends BackendFailureException {

    private static final long serialVersionUID = 1L;

    public CallerKilledException(String message) {
        super(message);
    }

    public CallerKilledException(String message, Throwable cause) {
        super(message, cause);
    }
}
