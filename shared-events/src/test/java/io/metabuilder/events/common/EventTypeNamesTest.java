package io.metabuilder.events.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordDeleted;
import io.metabuilder.events.records.RecordRestored;
import io.metabuilder.events.records.RecordUpdated;
import io.metabuilder.events.schema.EntityArchived;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.EntityDetailsChanged;
import io.metabuilder.events.schema.EntityRestored;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldRemoved;
import io.metabuilder.events.schema.FieldRenamed;
import io.metabuilder.events.schema.FieldRestored;
import io.metabuilder.events.schema.FieldRulesChanged;
import io.metabuilder.events.schema.SchemaRolledBack;
import io.metabuilder.events.users.UserDisabled;
import io.metabuilder.events.users.UserEnabled;
import io.metabuilder.events.users.UserPasswordChanged;
import io.metabuilder.events.users.UserRegistered;
import io.metabuilder.events.users.UserRoleChanged;
import org.junit.jupiter.api.Test;

/**
 * Pins every stored event name to a literal. Events already in someone's store are read by these
 * names forever: if this test fails, the change orphans stored events; revert the name instead.
 */
class EventTypeNamesTest {

    @Test
    void storesEachEventUnderItsReleasedName() {
        assertThat(EventTypeNames.nameOf(EntityDefined.class)).contains("EntityDefined");
        assertThat(EventTypeNames.nameOf(FieldAdded.class)).contains("FieldAdded");
        assertThat(EventTypeNames.nameOf(EntityDetailsChanged.class)).contains("EntityDetailsChanged");
        assertThat(EventTypeNames.nameOf(EntityArchived.class)).contains("EntityArchived");
        assertThat(EventTypeNames.nameOf(EntityRestored.class)).contains("EntityRestored");
        assertThat(EventTypeNames.nameOf(FieldRenamed.class)).contains("FieldRenamed");
        assertThat(EventTypeNames.nameOf(FieldRulesChanged.class)).contains("FieldRulesChanged");
        assertThat(EventTypeNames.nameOf(FieldRemoved.class)).contains("FieldRemoved");
        assertThat(EventTypeNames.nameOf(FieldRestored.class)).contains("FieldRestored");
        assertThat(EventTypeNames.nameOf(SchemaRolledBack.class)).contains("SchemaRolledBack");
        assertThat(EventTypeNames.nameOf(RecordCreated.class)).contains("RecordCreated");
        assertThat(EventTypeNames.nameOf(RecordUpdated.class)).contains("RecordUpdated");
        assertThat(EventTypeNames.nameOf(RecordDeleted.class)).contains("RecordDeleted");
        assertThat(EventTypeNames.nameOf(RecordRestored.class)).contains("RecordRestored");
        assertThat(EventTypeNames.nameOf(UserRegistered.class)).contains("UserRegistered");
        assertThat(EventTypeNames.nameOf(UserRoleChanged.class)).contains("UserRoleChanged");
        assertThat(EventTypeNames.nameOf(UserDisabled.class)).contains("UserDisabled");
        assertThat(EventTypeNames.nameOf(UserEnabled.class)).contains("UserEnabled");
        assertThat(EventTypeNames.nameOf(UserPasswordChanged.class)).contains("UserPasswordChanged");
    }

    @Test
    void knowsNoOtherEvents() {
        assertThat(EventTypeNames.names())
                .containsExactly(
                        "EntityArchived",
                        "EntityDefined",
                        "EntityDetailsChanged",
                        "EntityRestored",
                        "FieldAdded",
                        "FieldRemoved",
                        "FieldRenamed",
                        "FieldRestored",
                        "FieldRulesChanged",
                        "RecordCreated",
                        "RecordDeleted",
                        "RecordRestored",
                        "RecordUpdated",
                        "SchemaRolledBack",
                        "UserDisabled",
                        "UserEnabled",
                        "UserPasswordChanged",
                        "UserRegistered",
                        "UserRoleChanged");
    }

    @Test
    void readsEachReleasedNameBackAsItsEvent() {
        assertThat(EventTypeNames.classOf("RecordCreated")).contains(RecordCreated.class);
        assertThat(EventTypeNames.classOf("io.metabuilder.events.records.RecordCreated"))
                .isEmpty();
    }
}
