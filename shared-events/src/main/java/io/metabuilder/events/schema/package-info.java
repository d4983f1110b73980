/** Entity definitions: the commands and events that shape an entity and its fields. */
package io.metabuilder.events.schema;
