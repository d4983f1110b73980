package io.metabuilder.command.web;

import java.io.IOException;
import java.util.Optional;

/** A request body went past the limit while it was being read. */
class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(long limit) {
        super(detail(limit));
    }

    static String detail(long limit) {
        return "The request body is larger than " + limit / (1024 * 1024) + " MiB.";
    }

    /** The problem detail when a body over its limit caused {@code failure}. */
    static Optional<String> detailOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return Optional.of(tooLarge.getMessage());
            }
        }
        return Optional.empty();
    }
}
