package se.sparbar.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import se.sparbar.organisation.Commands.NewUserAccount;
import se.sparbar.organisation.Role;

/** Outside demo mode the first administrator comes from configuration, once. */
class BootstrapAdministratorTest {

    private final UserAccounts accounts = mock(UserAccounts.class);
    private final DefaultApplicationArguments noArguments = new DefaultApplicationArguments();

    @Test
    void createsTheConfiguredAdministratorWhenThereIsNone() {
        when(accounts.anyEnabledAdministrator()).thenReturn(false);
        new BootstrapAdministrator(accounts, "kommunadmin", "a long secret phrase").run(noArguments);

        ArgumentCaptor<NewUserAccount> created = ArgumentCaptor.forClass(NewUserAccount.class);
        verify(accounts).create(created.capture());
        assertThat(created.getValue().username()).isEqualTo("kommunadmin");
        assertThat(created.getValue().roles()).isEqualTo(Set.of(Role.ADMIN));
    }

    @Test
    void doesNothingWhenAnAdministratorExistsOrNothingIsConfiguredOrThePasswordIsWeak() {
        when(accounts.anyEnabledAdministrator()).thenReturn(true);
        new BootstrapAdministrator(accounts, "kommunadmin", "a long secret phrase").run(noArguments);

        when(accounts.anyEnabledAdministrator()).thenReturn(false);
        new BootstrapAdministrator(accounts, "", "").run(noArguments);
        new BootstrapAdministrator(accounts, "kommunadmin", "short").run(noArguments);

        verify(accounts, never()).create(any());
    }
}
