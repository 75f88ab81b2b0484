package org.plenum.accounts.internal;

import jakarta.servlet.DispatcherType;
import org.plenum.accounts.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The one web-security configuration of Plenum (decisions 0036, 0041), two filter chains:
 * <ul>
 *   <li>{@code /api/**}: stateless; reads (GET, HEAD, OPTIONS) public as before; any other method needs a personal
 *   API token ({@code Authorization: Bearer …}, {@link BearerTokenFilter}); no session, no CSRF (no cookie is
 *   read); refusals are JSON:API 401/403 documents.</li>
 *   <li>everything else (the website): reads public; form login at {@code /login}, logout by POST to {@code /logout};
 *   CSRF on every form; sessions in the database (Spring Session JDBC); {@code /account/**} for anyone signed in,
 *   {@code /my/**} correspondents (and up), {@code /review/**}, {@code /admin/accounts/**} and {@code /admin/audit/**}
 *   editors (and up), the rest of {@code /admin/**} admins; any other write needs a signed-in person unless named
 *   here (login, invitation, password reset).</li>
 * </ul>
 * Anonymous reads create no session and read no database table: the security context is looked for in a session
 * only when the request has a session cookie, and the CSRF token is made only when a page shows a form.
 * Security headers stay with {@code org.plenum.web.SecurityHeadersFilter} (the same on every path, the cached fast
 * path included); here only {@code Cache-Control: no-store} on the signed-in pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** The pages of signed-in people and of signing in: never kept in a cache. */
    static final RequestMatcher PRIVATE_PAGES = new OrRequestMatcher(pathPattern("/login"), pathPattern("/account/**"),
            pathPattern("/account"), pathPattern("/invitation/**"), pathPattern("/password-reset/**"),
            pathPattern("/password-reset"), pathPattern("/my/**"), pathPattern("/my"), pathPattern("/review/**"),
            pathPattern("/review"), pathPattern("/admin/**"), pathPattern("/admin"));

    /**
     * Spring Security's firewall, strict on paths as it is by default (a refused path is a 400: JSON:API for the API,
     * a page otherwise), but not on parameter names and values: the API already answers any of those itself (decision
     * 0023), and the firewall would refuse them only when a controller reads them, as a 500.
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterNames(name -> true);
        firewall.setAllowedParameterValues(value -> true);
        return firewall;
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(400);
    }

    @Bean
    AuthenticationProvider passwordAuthenticationProvider(SignIn signIn) {
        return new PasswordAuthenticationProvider(signIn);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SignIn signIn) throws Exception {
        http.securityMatcher(pathPattern("/api/**"))
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.disable())
                .headers(headers -> headers.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(signIn), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ApiErrors.write(response, 401, "unauthenticated",
                                "Not signed in", "This request needs a personal API token: 'Authorization: Bearer plenum_…'"
                                        + " (create one on your account page, /account)."))
                        .accessDeniedHandler((request, response, e) -> ApiErrors.write(response, 403, "forbidden",
                                "Not allowed", "Your account may not make this request.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        String correspondent = Role.CORRESPONDENT.name();
        String editor = Role.EDITOR.name();
        String admin = Role.ADMIN.name();
        // Form login uses the application's AuthenticationManager, which has the one provider bean above: naming it
        // here too would make it check every attempt twice (and count a failure twice).
        http.headers(headers -> headers.defaultsDisabled()
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PRIVATE_PAGES, new CacheControlHeadersWriter())))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(pathPattern("/account"), pathPattern("/account/**")).authenticated()
                        .requestMatchers(pathPattern("/my"), pathPattern("/my/**")).hasRole(correspondent)
                        .requestMatchers(pathPattern("/review"), pathPattern("/review/**")).hasRole(editor)
                        .requestMatchers(pathPattern("/admin/accounts"), pathPattern("/admin/accounts/**"),
                                pathPattern("/admin/audit"), pathPattern("/admin/audit/**")).hasRole(editor)
                        .requestMatchers(pathPattern("/admin"), pathPattern("/admin/**")).hasRole(admin)
                        .requestMatchers(pathPattern(HttpMethod.POST, "/login"), pathPattern(HttpMethod.POST, "/invitation/**"),
                                pathPattern(HttpMethod.POST, "/password-reset"), pathPattern(HttpMethod.POST, "/password-reset/**"),
                                pathPattern(HttpMethod.POST, "/ai/digest/subscribe")).permitAll()
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login").usernameParameter("username")
                        .passwordParameter("password").failureUrl("/login?error").defaultSuccessUrl("/account"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out"))
                .httpBasic(basic -> basic.disable());
        return http.build();
    }
}
