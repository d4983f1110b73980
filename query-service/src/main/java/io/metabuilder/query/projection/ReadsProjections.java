package io.metabuilder.query.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The projections a query endpoint (a controller, or one of its methods) reads. Its X-Min-Position
 * waits for all of them, and its X-Position is the lowest position among them. An endpoint that
 * declares nothing is treated as reading every projection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadsProjections {

    /** Projection (processing group) names, as in {@link ProjectionRegistry#names()}. */
    String[] value();
}
