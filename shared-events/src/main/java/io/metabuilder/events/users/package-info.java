/** Users and their roles. No event here ever carries a password or a password hash. */
package io.metabuilder.events.users;
