package se.sparbar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Request builders the web-layer tests share. */
public final class TestRequests {

    private TestRequests() {
    }

    /** A form post by the demo administrator, with a CSRF token. */
    public static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user("admin").roles("ADMIN"));
    }

    /** A login form post, as the browser sends it, from the given address. */
    public static MockHttpServletRequestBuilder login(String username, String password, String remoteAddress) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(remoteAddress);
                    return request;
                });
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
