package org.plenum.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.plenum.accounts.internal.Account;
import org.plenum.accounts.internal.AccountService;
import org.plenum.accounts.internal.ActorAuthentication;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a test request in as a given {@link Actor}, for the tests of every module (accounts, stewardship,
 * notifications):
 * <ul>
 *   <li>{@link #account}: an account of that role and bindings in the test database (created once, by the operator,
 *   as {@code plenum user add} does), as an actor;</li>
 *   <li>{@link #signIn}: a real session in the session table, signed in as the actor, with its cookie and the CSRF
 *   field a form sends: for HTTP tests ({@code org.plenum.web.WebsiteTest}) as headers, for browser tests with
 *   {@link SignedInSession#enter(WebDriver, String)};</li>
 *   <li>{@link #as}: for MockMvc, the actor as the request's authentication with a valid CSRF token;</li>
 *   <li>{@link #token}: a personal API token of the actor (for {@code Authorization: Bearer …}).</li>
 * </ul>
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** A signed-in session: {@code Cookie: SESSION=…} and the CSRF field of the forms. */
    public record SignedInSession(Actor actor, String cookieValue, String csrfParameter, String csrfToken) {

        /** The {@code Cookie} header's value. */
        public String cookie() {
            return "SESSION=" + cookieValue;
        }

        /** The form field {@code _csrf=…}, URL-encoded, to append to a form body. */
        public String csrfField() {
            return csrfParameter + "=" + java.net.URLEncoder.encode(csrfToken, StandardCharsets.UTF_8);
        }

        /** Puts the session cookie into the browser (it opens {@code baseUrl} first, as cookies need a page). */
        public void enter(WebDriver browser, String baseUrl) {
            browser.get(baseUrl + "/about");
            browser.manage().deleteCookieNamed("SESSION");
            browser.manage().addCookie(new Cookie.Builder("SESSION", cookieValue).path("/").isHttpOnly(true).build());
        }
    }

    /**
     * The active account of that username (created if missing, with a password set to
     * {@link #PASSWORD}), as an actor.
     */
    public static Actor account(ApplicationContext context, String username, Role role, Set<String> parliaments,
                                Set<String> chambers) {
        AccountService accounts = context.getBean(AccountService.class);
        Account account = accounts.account(username).orElseGet(() -> {
            Invitation invitation = accounts.invite(Initiator.commandLine(), username, role, "Test " + role.name().toLowerCase(),
                    "en", parliaments, chambers);
            String secret = invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
            return accounts.setPasswordFromLink(secret, "invitation", PASSWORD, PASSWORD, "test");
        });
        return accounts.account(account.id()).orElseThrow().actor();
    }

    /** The password of the accounts {@link #account} creates. */
    public static final String PASSWORD = "correct horse battery staple";

    /** A session of the actor in the session table, as after a form login. */
    @SuppressWarnings("unchecked")
    public static SignedInSession signIn(ApplicationContext context, Actor actor) {
        SessionRepository<Session> sessions = (SessionRepository<Session>) context.getBean(SessionRepository.class);
        Session session = sessions.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(ActorAuthentication.of(actor)));
        CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", java.util.UUID.randomUUID().toString());
        session.setAttribute(HttpSessionCsrfTokenRepository.class.getName().concat(".CSRF_TOKEN"), token);
        sessions.save(session);
        String cookie = Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
        return new SignedInSession(actor, cookie, token.getParameterName(), masked(token));
    }

    /**
     * A session of an anonymous visitor with a CSRF token, as after opening a page with a form (the sign-in page):
     * its forms are then refused or allowed for who is (not) signed in, not for a missing CSRF field.
     */
    @SuppressWarnings("unchecked")
    public static SignedInSession anonymousSession(ApplicationContext context) {
        SessionRepository<Session> sessions = (SessionRepository<Session>) context.getBean(SessionRepository.class);
        Session session = sessions.createSession();
        CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", java.util.UUID.randomUUID().toString());
        session.setAttribute(HttpSessionCsrfTokenRepository.class.getName().concat(".CSRF_TOKEN"), token);
        sessions.save(session);
        String cookie = Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
        return new SignedInSession(null, cookie, token.getParameterName(), masked(token));
    }

    /** The token as a form sends it (masked anew for each page, as Spring Security does against BREACH). */
    private static String masked(CsrfToken token) {
        HttpServletRequest request = new MockHttpServletRequest();
        new XorCsrfTokenRequestAttributeHandler().handle(request, new MockHttpServletResponse(), () -> token);
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }

    /** For MockMvc: the request is the actor's, with a valid CSRF token. */
    public static RequestPostProcessor as(Actor actor) {
        RequestPostProcessor authentication = SecurityMockMvcRequestPostProcessors.authentication(ActorAuthentication.of(actor));
        RequestPostProcessor csrf = SecurityMockMvcRequestPostProcessors.csrf();
        return request -> csrf.postProcessRequest(authentication.postProcessRequest(request));
    }

    /** A new personal API token of the actor. */
    public static String token(ApplicationContext context, Actor actor, String name) {
        return context.getBean(AccountService.class).createToken(actor, name, "test");
    }
}
