package se.sparbar.security;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every request is checked here on the server; templates only hide what a role cannot use.
 * Finer rules (a councillor's own motions) live in the modules' services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script or style anywhere: every script and stylesheet is a file served by us. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            RecordingAccessDeniedHandler accessDeniedHandler,
                                            org.springframework.beans.factory.BeanFactory beans)
            throws Exception {
        var failureHandler = new ExceptionMappingAuthenticationFailureHandler();
        failureHandler.setDefaultFailureUrl("/login?error");
        failureHandler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled",
                LoginThrottledException.SlowedDown.class.getName(), "/login?slowed"));

        http
            .authenticationManager(authenticationManager)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/", "/login", "/accessibility", "/error", "/error/**",
                        "/css/**", "/js/**", "/webjars/**", "/images/**", "/favicon.ico", "/favicon.svg").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                // the public record: anyone reads submitted motions and the register of governing documents
                .requestMatchers(HttpMethod.GET, "/motions", "/motions.csv", "/motions/{id:\\d+}",
                        "/governing-documents", "/governing-documents/due", "/governing-documents/{id:\\d+}",
                        "/notice-board", "/notice-board/archive", "/meetings/{id:\\d+}/minutes", "/meetings/{id:\\d+}/minutes.pdf",
                        "/paragraphs/{id:\\d+}", "/paragraphs/{id:\\d+}/extract", "/paragraphs/{id:\\d+}/extract.pdf").permitAll()
                // search: each reader finds what she may read (the search module filters by reader)
                .requestMatchers(HttpMethod.GET, "/search", "/search.atom").permitAll()
                // action plans: adopted plans and their items' status are public (drafts and staff names are not)
                .requestMatchers(HttpMethod.GET, "/action-plans", "/action-plans/{id:\\d+}", "/action-items",
                        "/action-items/{id:\\d+}").permitAll()
                // the public side: the case register and case pages, people, bodies, meetings, robots.txt and the sitemap
                .requestMatchers(HttpMethod.GET, "/cases", "/cases.csv", "/cases/{id:\\d+}", "/cases/number", "/cases/number/*",
                        "/cases/{id:\\d+}/documents/{documentId:\\d+}", "/people/{id:\\d+}", "/bodies/{id:\\d+}",
                        "/robots.txt", "/sitemap.xml", "/meetings", "/meetings/{id:\\d+}").permitAll()
                // the public lists as CSV: meetings, the notice board and its archive
                .requestMatchers(HttpMethod.GET, "/meetings.csv", "/notice-board.csv", "/notice-board/archive.csv").permitAll()
                // attached files: the files module answers 404 for what the reader may not see, 410 once depublished
                .requestMatchers(HttpMethod.GET, "/files/{id:\\d+}", "/files/{id:\\d+}/download").permitAll()
                // the addresses of the older document store lead to the files they became (the file decides who reads)
                .requestMatchers(HttpMethod.GET, "/documents/{id:\\d+}").permitAll()
                // open data: the OParl API, feeds and calendar subscriptions are public and read-only
                .requestMatchers(HttpMethod.GET, "/oparl/**", "/feeds/**", "/calendar/**", "/open-data", "/open-data/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/oparl/**", "/feeds/**", "/calendar/**").permitAll()
                // following by e-mail: anyone may follow, confirm and unsubscribe (the link's token is the permission)
                .requestMatchers("/follow", "/follow/confirm", "/unsubscribe", "/account/email/confirm").permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .requestMatchers("/history/**").hasAnyRole("ADMIN", "CLERK")
                .requestMatchers(HttpMethod.GET, "/referrals", "/referrals.csv").hasRole("CLERK")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .defaultSuccessUrl("/dashboard", false)
                .failureHandler(failureHandler)
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("JSESSIONID"))
            // RFC 8058 one-click unsubscribe: mail clients POST without our CSRF token; the token in the URL authorises it
            .csrf(csrf -> csrf.ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
                    && "/unsubscribe".equals(request.getRequestURI().substring(request.getContextPath().length()))))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDeniedHandler)
                .authenticationEntryPoint(new UnknownPageEntryPoint(beans)))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, AuthenticationEventPublisher eventPublisher) {
        var passwords = new DaoAuthenticationProvider(userDetailsService);
        passwords.setPasswordEncoder(passwordEncoder);
        // Check the password first and only then whether the account is active: a deactivated
        // account answers exactly like a wrong password, in the same time.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        var manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        manager.setAuthenticationEventPublisher(eventPublisher);
        return manager;
    }

    /**
     * Publishes every failed login as an event, including refusals by the throttle, whose
     * exception Spring Security does not know; {@link AuthenticationEvents} tells them apart.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    /** Argon2id for new hashes; bcrypt hashes (e.g. imported accounts) still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
