/** Records: the commands and events that create and change the rows of an entity. */
package io.metabuilder.events.records;
