package se.sparbar.security;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

/**
 * A failed login takes about as long whether or not the user exists: both paths compute exactly
 * one password hash (the expensive part). Checked by counting, not by timing, so it cannot flake.
 */
@IntegrationTest
class LoginTimingTest {

    @Autowired
    MockMvc mvc;

    @MockitoSpyBean
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void reset() {
        clearInvocations(passwordEncoder);
    }

    @Test
    void anUnknownUsernameStillComputesOneHash() throws Exception {
        mvc.perform(formLogin().user("no-such-user").password("whatever"))
                .andExpect(redirectedUrl("/login?error"));
        verify(passwordEncoder, times(1)).matches(any(), anyString());
    }

    @Test
    void aWrongPasswordComputesOneHash() throws Exception {
        mvc.perform(formLogin().user("official").password("whatever"))
                .andExpect(redirectedUrl("/login?error"));
        verify(passwordEncoder, times(1)).matches(any(), anyString());
    }
}
