package io.metabuilder.query.projection;

/** One projection as the admin API, health and metrics report it. */
record ProjectionState(String name, long position, long lag, String status) {}
