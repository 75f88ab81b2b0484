package org.plenum.stewardship;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenum.accounts.Actor;

/**
 * The review workflow for proposed catalogue records (decision 0062), shared by the AI-policy tracker, the use-case
 * library and the innovation hubs. The owning module checks the payload (and shows its own problems) before it calls
 * {@link #send}; stewardship checks who may do what, keeps the states and versions, writes an audit entry for every
 * step and e-mails the submitter the decision in their language. Every method refuses what the actor may not do with
 * {@link NotAllowedException}, an unknown or unseen proposal with {@link SubmissionNotFoundException}, a stale
 * version with {@link SubmissionConflictException} and a step the state does not allow with
 * {@link SubmissionStateException}.
 */
public interface Proposals {

    /** Sends a new proposal; the actor must be bound to the parliament (editors may send for any parliament). */
    Proposal send(Actor actor, String kind, String parliament, String title, String payload);

    /** Sends a returned proposal again with a new title and payload (its submitter only). */
    Proposal resend(Actor actor, long id, int version, String title, String payload);

    /** A proposal its submitter, an editor, or a correspondent bound to its parliament may see. */
    Optional<Proposal> find(Actor actor, long id);

    /** The actor's own proposals of a kind ({@code null}: every kind), newest first. */
    List<Proposal> mine(Actor actor, String kind);

    /** Proposals waiting for an editor ({@code SENT}), of a kind ({@code null}: every kind), oldest first. */
    List<Proposal> queue(Actor actor, String kind);

    /**
     * Approves a sent proposal: {@code apply} writes the owning module's record in the same transaction and returns
     * its site path (stored as {@link Proposal#result()}); if {@code apply} throws, nothing is written and the
     * proposal stays sent.
     */
    Proposal approve(Actor actor, long id, int version, Function<Proposal, String> apply);

    /** Returns a sent proposal to its submitter with a comment (required). */
    Proposal sendBack(Actor actor, long id, int version, String comment);

    /** Rejects a sent proposal with a comment (required). */
    Proposal reject(Actor actor, long id, int version, String comment);
}
