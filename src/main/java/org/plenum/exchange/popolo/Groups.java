package org.plenum.exchange.popolo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.exchange.csv.ReaderOutput;
import tools.jackson.databind.JsonNode;

/**
 * The organizations of a Popolo file other than the legislature: the parties and groups that memberships name in
 * {@code on_behalf_of_id}. Only their id and name are used (the name becomes the annotation of a membership). An
 * organization without a text id or name, or whose id another organization also uses, is rejected; a membership
 * that names it is rejected whole (docs/decisions/0028).
 */
final class Groups {

    private Groups() {
    }

    /** The groups by id, with their names. */
    static IdIndex<String> read(JsonDocument doc, Legislature legislature, ReaderOutput out) {
        IdIndex<String> groups = new IdIndex<>("organization");
        JsonNode organizations = doc.root().get("organizations");
        Map<String, List<String>> repeated = Ids.repeated(organizations, "/organizations");
        for (int i = 0; i < organizations.size(); i++) {
            String pointer = "/organizations/" + i;
            JsonNode organization = organizations.get(i);
            if (pointer.equals(legislature.pointer())) {
                continue;
            }
            if (!organization.isObject()) {
                out.reject(doc.reject(pointer, "an organization must be a JSON object, not " + organization));
                continue;
            }
            Optional<String> idProblem = JsonDocument.textProblem(organization, "id");
            Optional<String> id = JsonDocument.text(organization, "id").filter(s -> !s.isBlank());
            if (idProblem.isPresent() || id.isEmpty()) {
                out.reject(doc.reject(pointer + "/id", idProblem.orElse("the organization has no id")));
                continue;
            }
            if (repeated.containsKey(id.get())) {
                String reason = Ids.repeatedReason(id.get(), repeated.get(id.get()), pointer);
                out.reject(doc.reject(pointer + "/id", reason));
                groups.refuse(id.get(), "its id is used by " + String.join(" and ", repeated.get(id.get())));
                continue;
            }
            Optional<String> name = JsonDocument.text(organization, "name").filter(s -> !s.isBlank());
            if (name.isEmpty()) {
                String reason = JsonDocument.textProblem(organization, "name").orElse("the organization has no name");
                out.reject(doc.reject(pointer + "/name", reason));
                groups.refuse(id.get(), pointer + " has no usable name");
                continue;
            }
            groups.accept(id.get(), name.get().strip());
        }
        return groups;
    }
}
