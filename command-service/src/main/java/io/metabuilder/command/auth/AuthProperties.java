package io.metabuilder.command.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Token signing and the first admin. The secret and password never reach a log. */
@ConfigurationProperties("metabuilder.auth")
public record AuthProperties(
        String secretKey, String algorithm, int accessTokenExpireMinutes, String adminEmail, String adminPassword) {

    @Override
    public String toString() {
        return "AuthProperties[algorithm=" + algorithm + ", adminEmail=" + adminEmail + "]";
    }
}
