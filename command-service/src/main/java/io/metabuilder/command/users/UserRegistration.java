package io.metabuilder.command.users;

import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.common.Text;
import io.metabuilder.events.users.RegisterUser;
import io.metabuilder.events.users.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers users: the credential row and the {@code UserRegistered} event commit together (the
 * command bus joins this transaction), so neither exists without the other.
 */
@Service
public class UserRegistration {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*$");
    // One arbitrary constant shared by every replica, so only one bootstraps the first admin.
    private static final long BOOTSTRAP_LOCK = 0x6d62_6164_6d69_6eL;

    private final UserCredentials credentials;
    private final PasswordEncoder encoder;
    private final CommandGateway commands;

    UserRegistration(UserCredentials credentials, PasswordEncoder encoder, CommandGateway commands) {
        this.credentials = credentials;
        this.encoder = encoder;
        this.commands = commands;
    }

    /** A registered user and the sequence number of its event. */
    public record Registered(UUID userId, long sequenceNumber) {}

    @Transactional
    public Registered register(String email, String password, Role role) {
        List<FieldProblem> problems = problems(email, password, role);
        if (!problems.isEmpty()) {
            throw CommandRejectedException.invalid(problems);
        }
        if (credentials.isEmailTaken(email)) {
            throw UserAccountsView.emailTaken();
        }
        UUID userId = UUID.randomUUID();
        credentials.insert(userId, encoder.encode(password));
        long sequenceNumber = commands.sendAndWait(new RegisterUser(userId, email, role));
        return new Registered(userId, sequenceNumber);
    }

    /** Registers the first admin unless any user exists; safe when replicas start together. */
    @Transactional
    public boolean registerFirstAdmin(String email, String password) {
        credentials.lockForBootstrap(BOOTSTRAP_LOCK);
        if (!credentials.isEmpty()) {
            return false;
        }
        register(email, password, Role.ADMIN);
        return true;
    }

    private static List<FieldProblem> problems(String email, String password, Role role) {
        List<FieldProblem> problems = new ArrayList<>();
        if (email == null
                || !EMAIL.matcher(email).matches()
                || Text.nulProblem("email", email).isPresent()) {
            problems.add(new FieldProblem("email", "invalid_email", "Not an email address."));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "min_length", "At least 8 characters."));
        }
        if (role == null) {
            problems.add(new FieldProblem("role", "required", "One of ADMIN, USER, AUDITOR."));
        }
        return problems;
    }
}
