package se.sparbar.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Pages the error handling renders: the database gone is the friendly 503, a refusal keeps the user's menu. */
class ErrorPagesTest {

    @Controller
    static class Failing {
        @GetMapping("/fail/{how}")
        String fail(@PathVariable String how) {
            throw switch (how) {
                case "jdbc" -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("sparbar - Connection is not available, request timed out after 1500ms"));
                case "transaction" -> new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new SQLException("Connection refused"));
                case "refused" -> new se.sparbar.shared.RefusedException("error.conflict");
                default -> new IllegalStateException(how);
            };
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ErrorHandling(new LayoutModel(new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(se.sparbar.shared.MunicipalityName.class)))).build();

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "transaction"})
    void aRequestThatCannotReachTheDatabaseGetsTheFriendly503Page(String how) throws Exception {
        mvc.perform(get("/fail/" + how)).andExpect(status().isServiceUnavailable()).andExpect(view().name("error/503"));
    }

    @org.junit.jupiter.api.Test
    void aRefusalShowsTheLoggedInUsersOwnMenu() throws Exception {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "clerk", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_CLERK"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            mvc.perform(get("/fail/refused"))
                    .andExpect(status().isConflict())
                    .andExpect(view().name("error/refused"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model().attribute("currentUser",
                            new CurrentUser("clerk", "clerk", java.util.Set.of("CLERK"))))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model().attribute("municipalityName", "Spårbar"));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
