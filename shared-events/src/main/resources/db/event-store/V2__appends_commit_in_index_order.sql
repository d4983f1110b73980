-- Gap safety. global_index is taken from a sequence at insert, not at commit, so without this a
-- transaction that appends event 100 and commits after another one committed 101 leaves a gap a
-- tracking processor passes; Axon drops such a gap after its gap timeout (AxonFramework #4829),
-- and the event is then skipped forever.
--
-- Every appending transaction first takes one transaction-scoped advisory lock, before any of
-- its rows draws a global_index (a statement-level BEFORE trigger runs before the rows' defaults
-- are evaluated). The lock is held until commit or rollback, so appends commit in index order:
-- an event that is visible has no invisible event below it that could still commit. A gap left
-- behind is a rolled-back transaction and stays empty forever. The lock covers only the append
-- and what runs after it in the same transaction (command-side views), not command handling.
CREATE FUNCTION serialize_appends() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- 0x6d625f6576656e74 is 'mb_event': one constant every writer of this store shares.
    PERFORM pg_advisory_xact_lock(7881967187234483828);
    RETURN NULL;
END;
$$;

CREATE TRIGGER serialize_appends
    BEFORE INSERT ON domain_event_entry
    FOR EACH STATEMENT
EXECUTE FUNCTION serialize_appends();

-- The command-service's tables used to share this history table; they have their own now.
DROP TABLE IF EXISTS flyway_command_history;
