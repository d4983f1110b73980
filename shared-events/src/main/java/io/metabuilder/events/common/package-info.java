/** What every event shares: stored type names, serialization and metadata keys. */
package io.metabuilder.events.common;
