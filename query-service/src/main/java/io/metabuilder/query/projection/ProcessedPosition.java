package io.metabuilder.query.projection;

import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/**
 * What the entity read model has processed, as a global index of the event store.
 *
 * <p>When this instance owns the segment, the processor's in-memory status is current (it advances
 * only after the batch committed). Otherwise another replica owns it and the committed token row is
 * the truth for the shared read model.
 */
@Component
public class ProcessedPosition {

    private static final int SEGMENT = 0;

    private final EventProcessingConfiguration processing;
    private final StoredTokens storedTokens;

    ProcessedPosition(EventProcessingConfiguration processing, StoredTokens storedTokens) {
        this.processing = processing;
        this.storedTokens = storedTokens;
    }

    /** The highest global index processed, or 0 before anything was. */
    public long current() {
        return token().map(token -> token.position().orElse(0)).orElse(0L);
    }

    /**
     * Whether the event at {@code position} is in the read model. A gap below the token's index is
     * an event that was not visible yet when the processor passed it, so it is not processed.
     */
    public boolean covers(long position) {
        return covers(token(), position);
    }

    Optional<TrackingToken> token() {
        Optional<EventTrackerStatus> status = localStatus();
        if (status.isPresent()) {
            return Optional.ofNullable(status.get().getTrackingToken());
        }
        return storedTokens.read(EntityTablesProjection.NAME, SEGMENT).map(WrappedToken::unwrapLowerBound);
    }

    Optional<EventTrackerStatus> localStatus() {
        return processor().map(processor -> processor.processingStatus().get(SEGMENT));
    }

    Optional<TrackingEventProcessor> processor() {
        return processing.eventProcessor(EntityTablesProjection.NAME, TrackingEventProcessor.class);
    }

    static boolean covers(Optional<TrackingToken> processed, long position) {
        return position <= 0 || processed.map(token -> covers(token, position)).orElse(false);
    }

    private static boolean covers(TrackingToken token, long position) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            return position <= gapAware.getIndex() && !gapAware.getGaps().contains(position);
        }
        return token.position().orElse(-1) >= position;
    }
}
