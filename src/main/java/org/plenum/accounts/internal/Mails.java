package org.plenum.accounts.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.plenum.accounts.Role;
import org.plenum.notifications.MailRequested;

/** The e-mails of accounts, in the person's language (plain text). */
final class Mails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Mails() {
    }

    static MailRequested invitation(String to, String name, Role role, String language, String link, Instant expires) {
        boolean fr = language.equals("fr");
        String roleName = role.name().toLowerCase(Locale.ROOT);
        String subject = fr ? "Votre compte Plenum" : "Your Plenum account";
        String body = fr
                ? "Bonjour " + name + ",\n\nUn compte Plenum (rôle : " + roleFr(role) + ") a été créé pour vous. Choisissez votre mot"
                + " de passe en ouvrant ce lien, valable une seule fois jusqu'au " + WHEN.format(expires) + " :\n\n" + link
                + "\n\nSi vous n'attendiez pas ce message, ignorez-le.\n"
                : "Hello " + name + ",\n\nA Plenum account (role: " + roleName + ") has been created for you. Choose your password"
                + " by opening this link, which works once, until " + WHEN.format(expires) + ":\n\n" + link
                + "\n\nIf you did not expect this message, ignore it.\n";
        return new MailRequested(to, subject, body, "invitation");
    }

    static MailRequested reset(Account account, String link, Instant expires) {
        boolean fr = account.language().equals("fr");
        String subject = fr ? "Réinitialiser votre mot de passe Plenum" : "Reset your Plenum password";
        String body = fr
                ? "Bonjour " + account.displayName() + ",\n\nPour choisir un nouveau mot de passe, ouvrez ce lien, valable une"
                + " seule fois jusqu'au " + WHEN.format(expires) + " :\n\n" + link
                + "\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n"
                : "Hello " + account.displayName() + ",\n\nTo choose a new password, open this link, which works once, until "
                + WHEN.format(expires) + ":\n\n" + link
                + "\n\nIf you did not ask for this, ignore this message: your password does not change.\n";
        return new MailRequested(account.username(), subject, body, "password-reset");
    }

    private static String roleFr(Role role) {
        return switch (role) {
            case CORRESPONDENT -> "correspondant";
            case EDITOR -> "éditeur";
            case ADMIN -> "administrateur";
        };
    }
}
