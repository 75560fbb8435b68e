package id.regsosek.trust;

import java.util.Map;
import id.regsosek.identity.CamundaAuthenticationProvider;
import id.regsosek.identity.EngineAuthenticationFilter;
import id.regsosek.identity.QueryLimitFilter;
import id.regsosek.identity.WebappSsoProvider;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Our login in front of everything. Two doors:
 * <ul>
 *   <li>APIs ({@code /engine-rest/**}, {@code /api/**}): HTTP Basic on every request, no session, so no cookie a
 *   forged cross-site request could ride on (hence no CSRF token needed);</li>
 *   <li>pages and the Camunda webapps: a login form and a session cookie (secure, http-only), CSRF tokens on our
 *   forms; Camunda's own CSRF filter guards the webapps' {@code /camunda/api/*} calls.</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, IdentityService identity,
                                 CamundaAuthenticationProvider provider) throws Exception {
        // Ant matchers: /engine-rest is Camunda's Jersey servlet, not a Spring MVC path.
        http.securityMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/engine-rest/**"),
                        new AntPathRequestMatcher("/api/**"), new AntPathRequestMatcher("/v3/api-docs/**")))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.realmName("Regsosek").authenticationEntryPoint(new LoginRefusals()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
                .addFilterAfter(new RestAllowlistFilter(), EngineAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, IdentityService identity,
                                 CamundaAuthenticationProvider provider) throws Exception {
        http.authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/actuator/health", "/css/**", "/favicon.ico")
                        .permitAll()
                        // The first-run setup would let a logged-in user make itself engine administrator.
                        .requestMatchers(new AntPathRequestMatcher("/camunda/app/admin/*/setup/**"),
                                new AntPathRequestMatcher("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").failureHandler(new LoginRefusals()).permitAll())
                .logout(l -> l.logoutRequestMatcher(new OrRequestMatcher(
                                new AntPathRequestMatcher("/logout", "POST"),
                                new CamundaCsrfLogout()))
                        .logoutSuccessUrl("/login?logout"))
                // The webapps carry Camunda's own token (X-XSRF-TOKEN), checked by WebappCsrfFilter.
                .csrf(c -> c.ignoringRequestMatchers("/camunda/**"))
                .addFilterAfter(new WebappCsrfFilter(), AuthorizationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identity), WebappCsrfFilter.class)
                .addFilterAfter(new RestAllowlistFilter(), EngineAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    FilterRegistrationBean<QueryLimitFilter> queryLimit(
            @Value("${camunda.bpm.generic-properties.properties.queryMaxResultsLimit:2000}") int limit) {
        FilterRegistrationBean<QueryLimitFilter> registration = new FilterRegistrationBean<>(new QueryLimitFilter(limit));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(102);
        return registration;
    }

    /** Runs after Spring Security's chain, so the webapps see the user it authenticated. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSso() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", WebappSsoProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101);
        return registration;
    }
}
