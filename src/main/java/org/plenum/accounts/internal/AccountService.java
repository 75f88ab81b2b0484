package org.plenum.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.plenum.accounts.AccountException;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Initiator;
import org.plenum.accounts.Invitation;
import org.plenum.accounts.Role;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.notifications.MailRequested;
import org.plenum.registry.EntityRef;
import org.plenum.registry.PublishedRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account changes: invitations, passwords, resets, API tokens, bindings, deactivation. Each checks everything first
 * (who asks, the values, the registry's codes) and then writes in one transaction with its audit entry and its
 * e-mail request (decision 0036). Nobody escalates: an editor manages correspondents only, an admin every account,
 * nobody their own role or activity.
 */
@Service
public class AccountService {

    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    public static final Duration RESET_LIFETIME = Duration.ofHours(1);
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final AccountStore accounts;
    private final TokenStore tokens;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PublishedRegistry registry;
    private final PasswordEncoder passwords;
    private final SessionEnder sessions;
    private final Clock clock;
    private final String publicUrl;

    AccountService(AccountStore accounts, TokenStore tokens, AuditLog audit, ApplicationEventPublisher events,
                   PublishedRegistry registry, PasswordEncoder passwords, SessionEnder sessions, Clock accountsClock,
                   @Value("${plenum.public-url:http://localhost:8080}") String publicUrl) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.events = events;
        this.registry = registry;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = accountsClock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Creates an account and its one-time set-password link (e-mailed too); the link is returned to show once. */
    @Transactional
    public Invitation invite(Initiator by, String email, Role role, String displayName, String language,
                             Set<String> parliaments, Set<String> chambers) {
        String username = AccountStore.normalise(email);
        if (!EMAIL.matcher(username).matches() || username.length() > 254) {
            throw new AccountException("email", "accounts.error.email", "not an e-mail address: '" + email + "'", email);
        }
        if (!by.mayManage(role)) {
            throw new AccountException("role", "accounts.error.escalation",
                    by.auditName() + " may not create an account of role " + role.name().toLowerCase(Locale.ROOT), role.name().toLowerCase(Locale.ROOT));
        }
        if (!language.equals("en") && !language.equals("fr")) {
            throw new AccountException("language", "accounts.error.language", "the language is en or fr, not '" + language + "'", language);
        }
        Bindings bindings = checkBindings(role, parliaments, chambers);
        if (accounts.byUsername(username).isPresent()) {
            throw new AccountException("email", "accounts.error.exists", "there is already an account for " + username, username);
        }
        String name = displayName.isBlank() ? username : displayName.strip();
        if (name.length() > 200) {
            throw new AccountException("name", "accounts.error.name", "the name is longer than 200 characters");
        }
        Instant now = clock.instant();
        long id = accounts.insert(username, name, role, language, now, by.auditName());
        accounts.replaceBindings(id, bindings.parliaments(), bindings.chambers());
        String secret = Secrets.newSecret();
        Instant expires = now.plus(INVITATION_LIFETIME);
        tokens.insertLink(id, "invitation", Secrets.hash(secret), now, expires);
        String link = publicUrl + "/invitation/" + secret;
        audit.record(new AuditEntry(by.auditName(), "account.invited", "account:" + id, by.origin(),
                "username=" + username + " role=" + role.name().toLowerCase(Locale.ROOT) + bindings.describe()));
        events.publishEvent(Mails.invitation(username, name, role, language, link, expires));
        return new Invitation(id, username, link, expires);
    }

    /** A new invitation link for an account whose earlier one expired or was lost; earlier links stop working. */
    @Transactional
    public Invitation reinvite(Initiator by, long accountId) {
        Account account = manageable(by, accountId);
        Instant now = clock.instant();
        tokens.expireLinks(accountId, now);
        String secret = Secrets.newSecret();
        Instant expires = now.plus(INVITATION_LIFETIME);
        tokens.insertLink(accountId, "invitation", Secrets.hash(secret), now, expires);
        String link = publicUrl + "/invitation/" + secret;
        audit.record(new AuditEntry(by.auditName(), "account.reinvited", "account:" + accountId, by.origin(), ""));
        events.publishEvent(Mails.invitation(account.username(), account.displayName(), account.role(), account.language(), link, expires));
        return new Invitation(accountId, account.username(), link, expires);
    }

    /** The account a still-valid link (unused, unexpired, active account) of that purpose opens. */
    @Transactional(readOnly = true)
    public Optional<Account> linkAccount(String secret, String purpose) {
        return tokens.link(Secrets.hash(secret))
                .filter(l -> l.purpose().equals(purpose) && l.usedAt().isEmpty() && clock.instant().isBefore(l.expiresAt()))
                .flatMap(l -> accounts.byId(l.accountId())).filter(Account::active);
    }

    /** Sets the password from an invitation or reset link, which then stops working. */
    @Transactional
    public Account setPasswordFromLink(String secret, String purpose, String password, String repeated, String origin) {
        TokenStore.Link link = tokens.link(Secrets.hash(secret)).filter(l -> l.purpose().equals(purpose))
                .orElseThrow(AccountService::invalidLink);
        Instant now = clock.instant();
        if (link.usedAt().isPresent() || !now.isBefore(link.expiresAt())) {
            throw invalidLink();
        }
        Account account = accounts.byId(link.accountId()).filter(Account::active).orElseThrow(AccountService::invalidLink);
        checkPassword(password, repeated);
        if (!tokens.useLink(link.id(), now)) {
            throw invalidLink();
        }
        accounts.setPassword(account.id(), passwords.encode(password));
        audit.record(new AuditEntry(account.username(), purpose.equals("invitation") ? "account.activated" : "password.reset",
                "account:" + account.id(), origin, ""));
        return account;
    }

    /**
     * Sends a reset link when an active account has that address; answers the same either way (the page says
     * "if an account exists…"), and audits the request.
     */
    @Transactional
    public void requestReset(String email, String origin) {
        String username = AccountStore.normalise(email);
        Optional<Account> account = accounts.byUsername(username).filter(Account::active);
        if (account.isEmpty()) {
            audit.record(new AuditEntry("anonymous", "password.reset-requested", "account:unknown", origin,
                    "no active account for the address given"));
            return;
        }
        Instant now = clock.instant();
        String secret = Secrets.newSecret();
        Instant expires = now.plus(RESET_LIFETIME);
        tokens.insertLink(account.get().id(), "reset", Secrets.hash(secret), now, expires);
        audit.record(new AuditEntry("anonymous", "password.reset-requested", "account:" + account.get().id(), origin, ""));
        events.publishEvent(Mails.reset(account.get(), publicUrl + "/password-reset/" + secret, expires));
    }

    @Transactional
    public void changePassword(Actor actor, String current, String password, String repeated, String origin) {
        Account account = accounts.byId(actor.accountId()).filter(Account::active)
                .orElseThrow(() -> new AccountException("account", "accounts.error.inactive", "the account is not active"));
        if (account.passwordHash().isEmpty() || !passwords.matches(current, account.passwordHash().get())) {
            throw new AccountException("current", "accounts.error.currentPassword", "the current password is not right");
        }
        checkPassword(password, repeated);
        accounts.setPassword(account.id(), passwords.encode(password));
        audit.record(new AuditEntry(actor.auditName(), "password.changed", "account:" + account.id(), origin, ""));
    }

    /** Creates a named API token for the person; the token is returned once and stored hashed only. */
    @Transactional
    public String createToken(Actor actor, String name, String origin) {
        String cleaned = name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 100) {
            throw new AccountException("name", "accounts.error.tokenName", "a token needs a name of 1 to 100 characters");
        }
        String token = Secrets.TOKEN_PREFIX + Secrets.newSecret();
        long id = tokens.insertToken(actor.accountId(), cleaned, Secrets.hash(token), clock.instant());
        audit.record(new AuditEntry(actor.auditName(), "token.created", "token:" + id, origin, "name=" + cleaned));
        return token;
    }

    @Transactional
    public void revokeToken(Actor actor, long tokenId, String origin) {
        if (!tokens.revoke(actor.accountId(), tokenId, clock.instant())) {
            throw new AccountException("token", "accounts.error.noToken", "no active token " + tokenId + " of yours");
        }
        audit.record(new AuditEntry(actor.auditName(), "token.revoked", "token:" + tokenId, origin, ""));
    }

    @Transactional(readOnly = true)
    public List<TokenStore.ApiToken> tokensOf(Actor actor) {
        return tokens.tokensOf(actor.accountId());
    }

    /** Deactivates an account: it cannot sign in, its tokens and links stop working, its sessions end. */
    @Transactional
    public Account deactivate(Initiator by, long accountId) {
        Account account = manageable(by, accountId);
        Instant now = clock.instant();
        accounts.setActive(accountId, false);
        tokens.revokeAll(accountId, now);
        tokens.expireLinks(accountId, now);
        audit.record(new AuditEntry(by.auditName(), "account.deactivated", "account:" + accountId, by.origin(),
                "username=" + account.username()));
        sessions.endSessionsOf(account.username());
        return account;
    }

    /** Replaces a correspondent's bindings; their sessions end so that the next request sees the new ones. */
    @Transactional
    public Account rebind(Initiator by, long accountId, Set<String> parliaments, Set<String> chambers) {
        Account account = manageable(by, accountId);
        Bindings bindings = checkBindings(account.role(), parliaments, chambers);
        accounts.replaceBindings(accountId, bindings.parliaments(), bindings.chambers());
        audit.record(new AuditEntry(by.auditName(), "account.rebound", "account:" + accountId, by.origin(),
                "username=" + account.username() + bindings.describe()));
        sessions.endSessionsOf(account.username());
        return accounts.byId(accountId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Account> visibleTo(Initiator by) {
        return accounts.all().stream().filter(a -> by.mayManage(a.role()) || by.actor().map(x -> x.accountId() == a.id()).orElse(false)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(long id) {
        return accounts.byId(id);
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(String username) {
        return accounts.byUsername(username);
    }

    private Account manageable(Initiator by, long accountId) {
        Account account = accounts.byId(accountId)
                .orElseThrow(() -> new AccountException("account", "accounts.error.noAccount", "no account " + accountId));
        if (by.actor().map(a -> a.accountId() == accountId).orElse(false)) {
            throw new AccountException("account", "accounts.error.self", "nobody changes their own role, bindings or activity");
        }
        if (!by.mayManage(account.role())) {
            throw new AccountException("account", "accounts.error.escalation",
                    by.auditName() + " may not change an account of role " + account.role().name().toLowerCase(Locale.ROOT),
                    account.role().name().toLowerCase(Locale.ROOT));
        }
        return account;
    }

    /** The bindings, checked: a correspondent needs at least one, others none; every code known to the registry. */
    Bindings checkBindings(Role role, Set<String> parliaments, Set<String> chambers) {
        Set<String> p = new TreeSet<>();
        Set<String> c = new TreeSet<>();
        parliaments.stream().map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)).forEach(p::add);
        chambers.stream().map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)).forEach(c::add);
        if (role != Role.CORRESPONDENT) {
            if (!p.isEmpty() || !c.isEmpty()) {
                throw new AccountException("bindings", "accounts.error.bindingsForStaff",
                        "only a correspondent is bound to parliaments or chambers; an editor or admin works for all");
            }
            return new Bindings(p, c);
        }
        if (p.isEmpty() && c.isEmpty()) {
            throw new AccountException("bindings", "accounts.error.noBinding",
                    "a correspondent is bound to at least one parliament (--parliament=ES) or chamber (--chamber=ES-LC01)");
        }
        var snapshot = registry.current();
        for (String code : p) {
            if (!code.matches("[A-Z0-9]{2,12}") || snapshot.get(EntityRef.parliament(code)).isEmpty()) {
                throw new AccountException("parliament", "accounts.error.unknownParliament",
                        "unknown parliament '" + code + "': a parliament is named by its country code, e.g. ES", code);
            }
        }
        for (String code : c) {
            if (!code.matches("[A-Z0-9-]{2,40}") || snapshot.get(EntityRef.chamber(code)).isEmpty()) {
                throw new AccountException("chamber", "accounts.error.unknownChamber",
                        "unknown chamber '" + code + "': a chamber is named like ES-LC01 or ES-UC02", code);
            }
        }
        return new Bindings(p, c);
    }

    static void checkPassword(String password, String repeated) {
        if (password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            throw new AccountException("password", "accounts.error.passwordLength",
                    "a password has " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters", PASSWORD_MIN, PASSWORD_MAX);
        }
        if (!password.equals(repeated)) {
            throw new AccountException("repeated", "accounts.error.passwordRepeat", "the two passwords differ");
        }
    }

    private static AccountException invalidLink() {
        return new AccountException("link", "accounts.error.link", "this link is not valid: it was used, has expired or was replaced");
    }

    record Bindings(Set<String> parliaments, Set<String> chambers) {
        String describe() {
            return (parliaments.isEmpty() ? "" : " parliaments=" + String.join(",", parliaments))
                    + (chambers.isEmpty() ? "" : " chambers=" + String.join(",", chambers));
        }
    }
}
