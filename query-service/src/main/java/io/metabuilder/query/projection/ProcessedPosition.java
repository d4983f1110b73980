package io.metabuilder.query.projection;

import java.util.Collection;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/**
 * What each projection has processed, as a global index of the event store.
 *
 * <p>When this instance owns a projection's segment, its processor's in-memory status is current
 * (it advances only after the batch committed). Otherwise another replica owns it and the
 * committed token row is the truth for the shared read model.
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

    /** The highest global index {@code projection} processed, or 0 before anything was. */
    public long current(String projection) {
        return position(token(projection));
    }

    /** The lowest of the projections' positions: what data read from all of them is at least as fresh as. */
    public long lowest(Collection<String> projections) {
        return projections.stream().mapToLong(this::current).min().orElse(0);
    }

    /**
     * Whether the event at {@code position} is in {@code projection}. A gap below the token's index
     * is an event that was not visible yet when the processor passed it, so it is not processed.
     */
    public boolean covers(String projection, long position) {
        return covers(token(projection), position);
    }

    Optional<TrackingToken> token(String projection) {
        Optional<EventTrackerStatus> status = localStatus(projection);
        if (status.isPresent()) {
            return Optional.ofNullable(status.get().getTrackingToken()).map(WrappedToken::unwrapLowerBound);
        }
        return storedTokens.read(projection, SEGMENT).map(WrappedToken::unwrapLowerBound);
    }

    Optional<EventTrackerStatus> localStatus(String projection) {
        return processor(projection)
                .map(processor -> processor.processingStatus().get(SEGMENT));
    }

    Optional<TrackingEventProcessor> processor(String projection) {
        return processing.eventProcessor(projection, TrackingEventProcessor.class);
    }

    static long position(Optional<TrackingToken> token) {
        return token.map(t -> t.position().orElse(0)).orElse(0L);
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
