package org.plenum.exchange.popolo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The objects of one Popolo list (persons, organizations, legislative periods) by id: those accepted, and the ids
 * of those refused with the reason a reference to them is refused in turn.
 */
final class IdIndex<T> {

    private final String what;
    private final Map<String, T> accepted = new HashMap<>();
    private final Map<String, String> refused = new HashMap<>();

    /** @param what how an object of the list is called in messages, e.g. {@code person} */
    IdIndex(String what) {
        this.what = what;
    }

    void accept(String id, T value) {
        accepted.put(id, value);
    }

    void refuse(String id, String reason) {
        accepted.remove(id);
        refused.putIfAbsent(id, reason);
    }

    Optional<T> get(String id) {
        return Optional.ofNullable(accepted.get(id));
    }

    /** Why a reference to {@code id} cannot be followed, or empty when it can. */
    Optional<String> problem(String id) {
        if (accepted.containsKey(id)) {
            return Optional.empty();
        }
        String reason = refused.get(id);
        return Optional.of(reason != null ? "the " + what + " '" + id + "' is rejected (" + reason + ")"
                : "there is no " + what + " with the id '" + id + "' in the file");
    }

    Map<String, T> accepted() {
        return accepted;
    }
}
