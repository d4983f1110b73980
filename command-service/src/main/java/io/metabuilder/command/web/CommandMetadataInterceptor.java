package io.metabuilder.command.web;

import io.metabuilder.command.auth.AuthenticatedUser;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.platform.requests.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps every command with who sent it, from where and in which request; the correlation data
 * provider copies these onto the events. Commands the platform sends itself name the system user.
 */
@Component
class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(current());
    }

    private static Map<String, String> current() {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(EventMetadata.USER_ID, EventMetadata.SYSTEM_USER);
        metadata.put(EventMetadata.USER_EMAIL, EventMetadata.SYSTEM_USER);
        metadata.put(EventMetadata.ROLE, EventMetadata.SYSTEM_USER);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            metadata.put(EventMetadata.USER_ID, user.id().toString());
            metadata.put(EventMetadata.USER_EMAIL, user.email());
            metadata.put(EventMetadata.ROLE, user.role().name());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            metadata.put(EventMetadata.REQUEST_ID, RequestIds.of(request));
            metadata.put(EventMetadata.CLIENT_ADDRESS, request.getRemoteAddr());
        }
        return metadata;
    }
}
