package org.plenum.exchange.popolo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Finds the ids that several objects of one Popolo list share. */
final class Ids {

    private Ids() {
    }

    /**
     * For each id used by more than one object of {@code list}, the pointers of those objects; objects without a
     * text id are left out.
     *
     * @param listPointer the list's pointer, e.g. {@code /persons}
     */
    static Map<String, List<String>> repeated(JsonNode list, String listPointer) {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (item.isObject()) {
                String pointer = listPointer + "/" + i;
                JsonDocument.text(item, "id").ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(pointer));
            }
        }
        byId.values().removeIf(pointers -> pointers.size() < 2);
        return byId;
    }

    /** The reason an object with a repeated id is refused, naming the other objects with that id. */
    static String repeatedReason(String id, List<String> pointers, String pointer) {
        return "the id '" + id + "' is also used by " + pointers.stream().filter(p -> !p.equals(pointer))
                .collect(Collectors.joining(", ")) + "; Plenum does not choose between them";
    }
}
