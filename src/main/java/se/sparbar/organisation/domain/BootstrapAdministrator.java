package se.sparbar.organisation.domain;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import se.sparbar.organisation.Commands.NewUserAccount;
import se.sparbar.organisation.Role;

/**
 * Outside demo mode no account exists by default: the first administrator comes from
 * configuration ({@code SPARBAR_ADMIN_USERNAME}, {@code SPARBAR_ADMIN_PASSWORD}) and is created
 * only while no enabled administrator exists.
 */
@Component
@Order(10)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserAccounts accounts;
    private final String username;
    private final String password;

    BootstrapAdministrator(UserAccounts accounts,
                           @Value("${sparbar.bootstrap-admin.username:}") String username,
                           @Value("${sparbar.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password) || accounts.anyEnabledAdministrator()) {
            return;
        }
        if (password.length() < 12) {
            log.warn("SPARBAR_ADMIN_PASSWORD is shorter than 12 characters; no administrator was created");
            return;
        }
        accounts.create(new NewUserAccount(username, "Administratör", null, password, Set.of(Role.ADMIN)));
        log.info("Created the first administrator account '{}' from configuration", username);
    }
}
