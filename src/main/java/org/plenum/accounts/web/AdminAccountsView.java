package org.plenum.accounts.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenum.accounts.Invitation;
import org.plenum.accounts.Role;
import org.plenum.accounts.internal.Account;

/** What the page shows. */
public record AdminAccountsView(List<Account> accounts, List<Role> invitableRoles, long selfId,
                                Optional<Invitation> invitation, Optional<String> notice, Optional<FormError> error,
                                FormToken csrf) {

    public String when(java.time.Instant instant) {
        return Moments.format(instant);
    }

    public boolean manageable(Account account) {
        return account.id() != selfId && invitableRoles.contains(account.role());
    }

    public String codes(Set<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(", "));
    }
}
