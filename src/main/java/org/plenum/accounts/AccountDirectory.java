package org.plenum.accounts;

import java.util.List;
import java.util.Optional;

/**
 * Who is there to write to (decision 0036): the active correspondents of a chamber or a parliament, with their
 * e-mail addresses and languages, for reminders and review results (notifications, stewardship), and the lists an
 * editor needs (chambers without an active correspondent). Read-only; inactive accounts are never returned.
 */
public interface AccountDirectory {

    /**
     * The active correspondents who may submit for the chamber (e.g. {@code ES-LC01}): those bound to it and those
     * bound to its parliament ({@code ES}); by username.
     */
    List<Contact> correspondentsOfChamber(String chamberCode);

    /**
     * The active correspondents of a parliament (e.g. {@code ES}): those bound to it and those bound to any of its
     * chambers; by username.
     */
    List<Contact> correspondentsOfParliament(String parliamentCode);

    /** Every active correspondent with their bindings; by username. */
    List<Contact> activeCorrespondents();

    /** The active account of that username (an e-mail address, any case) as someone to write to. */
    Optional<Contact> contact(String username);

    /** The active account of that username (an e-mail address, any case) as an actor. */
    Optional<Actor> activeActor(String username);
}
