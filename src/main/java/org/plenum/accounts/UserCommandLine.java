package org.plenum.accounts;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenum.accounts.internal.Account;
import org.plenum.accounts.internal.AccountService;
import org.springframework.stereotype.Component;

/**
 * {@code plenum user add|list|deactivate|reinvite}: the operator manages accounts from the command line, first of all
 * the first admin (there are no default credentials). {@code add} prints a one-time link to set the password; every
 * change is audited as {@code cli:<os user>}. Exit status 0 done, 1 refused (nothing written), 2 a wrong command line.
 */
@Component
public class UserCommandLine {

    public static final String USAGE = """
            usage: plenum user add --email=ADDRESS --role=admin|editor|correspondent [--parliament=ES[,FR...]]
                                   [--chamber=ES-LC01[,...]] [--name="Display name"] [--language=en|fr]
                                                      create an account; prints its one-time set-password link
                   plenum user list                  every account: username, role, active, bindings
                   plenum user deactivate --email=ADDRESS
                                                      the account can no longer sign in; its tokens and sessions end
                   plenum user reinvite --email=ADDRESS
                                                      a new set-password link (the earlier ones stop working)
            A correspondent is bound to at least one parliament or chamber (codes of the registry); an editor or an
            admin to none.""";

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "add", Set.of("email", "role", "parliament", "chamber", "name", "language"),
            "list", Set.of(),
            "deactivate", Set.of("email"),
            "reinvite", Set.of("email"));

    private final AccountService accounts;

    UserCommandLine(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The snapshot's entity types the command reads: the registry's codes for bindings. */
    public static String snapshotTypes() {
        return "country,parliament,chamber";
    }

    /**
     * Checks the command line without starting anything.
     *
     * @return the message for a wrong command line (exit status 2), empty when it is right
     */
    public static Optional<String> check(List<String> args, List<String> options) {
        try {
            parse(args, options);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    public int run(List<String> args, List<String> options, PrintStream out, PrintStream err) {
        Parsed parsed;
        try {
            parsed = parse(args, options);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        Initiator operator = Initiator.commandLine();
        try {
            switch (parsed.subcommand()) {
                case "add" -> {
                    Role role = Role.valueOf(parsed.get("role").toUpperCase(Locale.ROOT));
                    Invitation invitation = accounts.invite(operator, parsed.get("email"), role, parsed.value("name").orElse(""),
                            parsed.value("language").orElse("en"), codes(parsed.value("parliament")), codes(parsed.value("chamber")));
                    out.println("account " + invitation.username() + " created (" + role.name().toLowerCase(Locale.ROOT) + ").");
                    out.println("Set-password link (shown once, works once, until " + invitation.expiresAt() + "):");
                    out.println(invitation.link());
                }
                case "list" -> {
                    List<Account> all = accounts.visibleTo(operator);
                    out.println("username\trole\tactive\tbindings");
                    for (Account account : all) {
                        out.println(account.username() + "\t" + account.role().name().toLowerCase(Locale.ROOT) + "\t"
                                + (account.active() ? "yes" : "no") + "\t" + account.bindings());
                    }
                    out.println(all.size() + (all.size() == 1 ? " account" : " accounts"));
                }
                case "deactivate" -> {
                    Account account = find(parsed.get("email"));
                    if (!account.active()) {
                        out.println("account " + account.username() + " was already deactivated.");
                        return 0;
                    }
                    accounts.deactivate(operator, account.id());
                    out.println("account " + account.username() + " deactivated: it cannot sign in; its tokens and sessions ended.");
                }
                case "reinvite" -> {
                    Account account = find(parsed.get("email"));
                    Invitation invitation = accounts.reinvite(operator, account.id());
                    out.println("Set-password link for " + invitation.username() + " (shown once, works once, until "
                            + invitation.expiresAt() + "):");
                    out.println(invitation.link());
                }
                default -> throw new IllegalStateException(parsed.subcommand());
            }
            return 0;
        } catch (AccountException e) {
            err.println("plenum user " + parsed.subcommand() + ": " + e.getMessage() + "; nothing was changed.");
            return 1;
        }
    }

    private Account find(String email) {
        return accounts.account(email).orElseThrow(() -> new AccountException("email", "accounts.error.noAccount",
                "no account " + email));
    }

    private static Set<String> codes(Optional<String> list) {
        return list.map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    private record Parsed(String subcommand, Map<String, String> values) {
        Optional<String> value(String name) {
            return Optional.ofNullable(values.get(name));
        }

        String get(String name) {
            return values.get(name);
        }
    }

    private static Parsed parse(List<String> args, List<String> options) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("plenum user: say what to do: add, list, deactivate or reinvite\n" + USAGE);
        }
        String subcommand = args.get(0);
        Set<String> allowed = OPTIONS.get(subcommand);
        if (allowed == null) {
            throw new IllegalArgumentException("plenum user: unknown action '" + subcommand + "'\n" + USAGE);
        }
        if (args.size() > 1) {
            throw new IllegalArgumentException("plenum user " + subcommand + ": takes options only, got "
                    + String.join(" ", args.subList(1, args.size())) + "\n" + USAGE);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String option : options) {
            String key = option.substring(2).split("=", 2)[0];
            if (key.contains(".") || key.equals(key.toUpperCase(Locale.ROOT)) && key.matches(".*[A-Z].*")) {
                continue;
            }
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("plenum user " + subcommand + ": unknown option --" + key + "\n" + USAGE);
            }
            if (!option.contains("=") || option.substring(option.indexOf('=') + 1).isBlank()) {
                throw new IllegalArgumentException("plenum user " + subcommand + ": --" + key + " needs a value");
            }
            values.put(key, option.substring(option.indexOf('=') + 1));
        }
        if (!subcommand.equals("list") && !values.containsKey("email")) {
            throw new IllegalArgumentException("plenum user " + subcommand + ": --email=ADDRESS is missing\n" + USAGE);
        }
        if (subcommand.equals("add")) {
            String role = values.get("role");
            if (role == null) {
                throw new IllegalArgumentException("plenum user add: --role=admin|editor|correspondent is missing");
            }
            if (!Set.of("admin", "editor", "correspondent").contains(role.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("plenum user add: --role is admin, editor or correspondent, not '" + role + "'");
            }
            boolean bound = values.containsKey("parliament") || values.containsKey("chamber");
            if (role.equalsIgnoreCase("correspondent") && !bound) {
                throw new IllegalArgumentException("plenum user add: a correspondent needs --parliament=ES or --chamber=ES-LC01");
            }
            if (!role.equalsIgnoreCase("correspondent") && bound) {
                throw new IllegalArgumentException("plenum user add: only a correspondent is bound to --parliament or --chamber");
            }
            String language = values.getOrDefault("language", "en");
            if (!language.equals("en") && !language.equals("fr")) {
                throw new IllegalArgumentException("plenum user add: --language is en or fr, not '" + language + "'");
            }
        }
        return new Parsed(subcommand, values);
    }
}
