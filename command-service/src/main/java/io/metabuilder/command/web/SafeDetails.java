package io.metabuilder.command.web;

/** Fixed wording for framework errors, whose own messages can name classes or internals. */
final class SafeDetails {

    private SafeDetails() {}

    static String of(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: check the JSON body and parameters.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers in JSON only.";
            case 413 -> PayloadTooLargeException.DETAIL;
            case 415 -> "Send the body as application/json.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request cannot be handled.";
        };
    }
}
