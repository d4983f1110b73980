package io.metabuilder.command.common;

import java.util.Optional;

/** Checks for free text (labels, descriptions) that ends up in PostgreSQL text columns. */
public final class Text {

    private Text() {}

    /** PostgreSQL text cannot hold U+0000: accepting it would stall the read model on that event. */
    public static Optional<FieldProblem> nulProblem(String field, String text) {
        return text != null && text.indexOf('\u0000') >= 0
                ? Optional.of(new FieldProblem(field, "invalid_character", "Text must not contain U+0000."))
                : Optional.empty();
    }
}
