package org.nura.jobs.control;

/**
 * A job attempt that did not succeed for a reason worth trying again later (a receiver answering 503, a timeout, a
 * model still training). Anything else a handler throws is a system failure and rolls the delivery back.
 */
public class JobFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public JobFailure(String message) {
        super(message);
    }

    public JobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
