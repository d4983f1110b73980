package io.metabuilder.command.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;

/** Fixed wording for framework errors, whose own messages can name classes or internals. */
final class SafeDetails {

    private SafeDetails() {}

    static String of(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: check the JSON body and parameters.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers in JSON only.";
            case 413 -> PayloadTooLargeException.detail(BodySizeLimitFilter.LIMIT);
            case 415 -> "Send the body as application/json.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request cannot be handled.";
        };
    }

    /** 415 where the endpoint takes other types than JSON (an import takes CSV too). */
    static String unsupported(List<MediaType> supported) {
        if (supported.isEmpty()) {
            return of(415);
        }
        return "Send the body as " + supported.stream().map(MediaType::toString).collect(Collectors.joining(" or "))
                + ".";
    }
}
