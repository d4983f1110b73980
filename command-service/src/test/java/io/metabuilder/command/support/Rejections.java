package io.metabuilder.command.support;

import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import java.util.List;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a rejection by its reason and the "field:code" of every problem, in any order. */
public final class Rejections {

    private Rejections() {}

    public static Matcher<CommandRejectedException> rejected(
            CommandRejectedException.Reason reason, String... fieldCodes) {
        List<String> expected = List.of(fieldCodes);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRejectedException e) {
                List<String> actual = e.problems().stream()
                        .map(p -> p.field() + ":" + p.code())
                        .toList();
                return e.reason() == reason && actual.size() == expected.size() && actual.containsAll(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(reason + " rejection with " + expected);
            }

            @Override
            protected void describeMismatchSafely(CommandRejectedException e, Description description) {
                description.appendText(e.reason() + " with "
                        + e.problems().stream().map(FieldProblem::toString).toList());
            }
        };
    }
}
