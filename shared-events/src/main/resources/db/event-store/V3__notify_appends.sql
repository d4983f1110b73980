-- Wake-up for readers in other processes. Every appending statement sends a notification on the
-- channel 'metabuilder_events'; PostgreSQL delivers it when (and only if) the transaction commits,
-- and folds identical notifications of one transaction into one. query-service LISTENs on it and
-- fetches at once instead of waiting for its next poll, which stays as the safety net.
CREATE FUNCTION notify_appends() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('metabuilder_events', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER notify_appends
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT
EXECUTE FUNCTION notify_appends();
