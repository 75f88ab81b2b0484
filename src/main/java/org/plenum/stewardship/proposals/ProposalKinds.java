package org.plenum.stewardship.proposals;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plenum.stewardship.ProposalKind;
import org.springframework.stereotype.Component;

/** The {@link ProposalKind} beans the modules declare, by code; two beans with one code fail the start. */
@Component
public class ProposalKinds {

    private final Map<String, ProposalKind> byCode = new TreeMap<>();

    ProposalKinds(List<ProposalKind> kinds) {
        for (ProposalKind kind : kinds) {
            ProposalKind before = byCode.put(kind.code(), kind);
            if (before != null) {
                throw new IllegalStateException("two proposal kinds with the code " + kind.code() + ": "
                        + before.getClass().getName() + " and " + kind.getClass().getName());
            }
        }
    }

    public Optional<ProposalKind> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every kind, by code. */
    public Collection<ProposalKind> all() {
        return byCode.values();
    }
}
