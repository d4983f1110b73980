package io.metabuilder.command.web;

import java.io.IOException;

/** A request body went past the limit while it was being read. */
class PayloadTooLargeException extends IOException {

    static final String DETAIL = "The request body is larger than 1 MiB.";

    PayloadTooLargeException() {
        super(DETAIL);
    }

    static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
