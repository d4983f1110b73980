package io.metabuilder.events.common;

/**
 * The metadata keys every event carries: who caused it, in which request, from where. The values
 * are strings; a system action (the bootstrap admin, for one) names {@link #SYSTEM_USER}.
 */
public final class EventMetadata {

    public static final String USER_ID = "userId";
    public static final String USER_EMAIL = "userEmail";
    public static final String ROLE = "role";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_ADDRESS = "clientAddress";

    /** The email recorded for events the platform causes itself. */
    public static final String SYSTEM_USER = "system";

    private EventMetadata() {}
}
