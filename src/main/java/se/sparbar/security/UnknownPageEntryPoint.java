package se.sparbar.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * An anonymous visitor is sent to the login page only for a page that exists and needs a login;
 * for a URL no controller answers, everyone gets the friendly 404 page (not a login form).
 */
final class UnknownPageEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    private final BeanFactory beans;

    UnknownPageEntryPoint(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (!exists(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        login.commence(request, response, exception);
    }

    private boolean exists(HttpServletRequest request) {
        if (!beans.containsBean("requestMappingHandlerMapping")) {
            return true;
        }
        RequestMappingHandlerMapping mapping = beans.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain != null;
        } catch (Exception e) {
            // a path that matches with another method (405) or media type still exists
            return true;
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
