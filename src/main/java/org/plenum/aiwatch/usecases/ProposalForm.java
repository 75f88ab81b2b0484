package org.plenum.aiwatch.usecases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.stewardship.Proposal;

/**
 * What the proposal form {@code /my/ai-use-cases/…} shows: the values, the problems by field (shown next to each
 * field), the choices, where it is sent, the returned proposal being edited, and the submitter's proposals
 * returned to them (to edit and send again).
 */
public record ProposalForm(ProposedUseCase values, Map<String, List<ProposedUseCase.Problem>> problems,
                           List<Option> parliaments, List<Option> chambers, List<Option> categories,
                           List<Option> statuses, String action, Optional<Proposal> returned,
                           List<Proposal> returnedToYou) {

    /** A choice of the form: value and label. */
    public record Option(String value, String label) {
    }

    public List<ProposedUseCase.Problem> problems(String field) {
        return problems.getOrDefault(field, List.of());
    }
}
