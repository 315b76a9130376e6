package se.sparbar.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Swedish by default; English and Finnish by choice ({@code ?lang=en}), remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final List<Locale> SUPPORTED = List.of(SWEDISH, Locale.ENGLISH, Locale.forLanguageTag("fi"));

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("sparbar-lang");
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> SWEDISH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedLocales(interceptor));
    }

    /** Accepts only the languages the interface is translated into. */
    private record SupportedLocales(LocaleChangeInterceptor delegate) implements org.springframework.web.servlet.HandlerInterceptor {
        @Override
        public boolean preHandle(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                 Object handler) throws jakarta.servlet.ServletException {
            String lang = request.getParameter("lang");
            if (lang == null || SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(lang))) {
                return delegate.preHandle(request, response, handler);
            }
            return true;
        }
    }
}
