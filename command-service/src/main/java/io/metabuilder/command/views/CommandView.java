package io.metabuilder.command.views;

/**
 * A command-side view: a fold of the event stream with {@code @EventHandler}s in the
 * {@link CommandViews#GROUP} group and a {@code @ResetHandler} that empties the tables it owns.
 */
public interface CommandView {}
