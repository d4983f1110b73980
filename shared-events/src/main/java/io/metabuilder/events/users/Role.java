package io.metabuilder.events.users;

/** What a user may do: ADMIN everything, USER records, AUDITOR read everything and write nothing. */
public enum Role {
    ADMIN,
    USER,
    AUDITOR
}
