/**
 * The rules both services must agree on, once, in plain Java: how an access token is issued and
 * verified ({@code tokens}), which request id a request carries ({@code requests}) and the shape of
 * a log line ({@code logging}). Each service keeps only a thin Spring adapter around them.
 */
package io.metabuilder.platform;
