package org.plenum.accounts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenum.accounts.AccountDirectory;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Contact;
import org.plenum.accounts.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link AccountDirectory} over the account tables: active accounts only, by username. */
@Component
class JdbcAccountDirectory implements AccountDirectory {

    private final AccountStore accounts;

    JdbcAccountDirectory(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> correspondentsOfChamber(String chamberCode) {
        return activeCorrespondents().stream().filter(c -> c.covers(chamberCode)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> correspondentsOfParliament(String parliamentCode) {
        String prefix = parliamentCode + "-";
        return activeCorrespondents().stream().filter(c -> c.parliaments().contains(parliamentCode)
                || c.chambers().stream().anyMatch(chamber -> chamber.startsWith(prefix))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> activeCorrespondents() {
        return accounts.activeOfRole(Role.CORRESPONDENT).stream().map(JdbcAccountDirectory::contact).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contact> contact(String username) {
        return accounts.byUsername(username).filter(Account::active).map(JdbcAccountDirectory::contact);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Actor> activeActor(String username) {
        return accounts.byUsername(username).filter(Account::active).map(Account::actor);
    }

    private static Contact contact(Account account) {
        return new Contact(account.id(), account.username(), account.displayName(), account.role(),
                Locale.forLanguageTag(account.language()), account.parliaments(), account.chambers());
    }
}
