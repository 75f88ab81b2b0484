package org.plenum.registry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.registry.TimedValue;
import org.plenum.web.ApiException;
import org.plenum.web.CachedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parline's registry reports as flat rows (decision 0014): {@code /reports/elections} (each chamber's latest election)
 * from the registry, and {@code /reports/speakers}, {@code /reports/secretaries-general} and
 * {@code /reports/women-speakers}, which are empty, not absent: no source Plenum reads names presiding officers or
 * secretaries general, and Plenum makes up no row.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Representation statistics and Parline's registry reports")
class RegistryReportsController {

    private static final TypeReference<Map<String, String>> TRANSLATIONS = new TypeReference<>() {
    };

    private final PublishedRegistry registry;
    private final ParlineView view;
    private final CachedResponses responses;
    private final JsonMapper json;

    RegistryReportsController(PublishedRegistry registry, ParlineView view, CachedResponses responses, JsonMapper json) {
        this.registry = registry;
        this.view = view;
        this.responses = responses;
        this.json = json;
    }

    @Operation(summary = "Presiding officers of each chamber (empty: no source Plenum reads has them)")
    @GetMapping("/speakers")
    ResponseEntity<byte[]> speakers(HttpServletRequest request) {
        return empty(request, "speakers", "Presiding officers of parliamentary chambers");
    }

    @Operation(summary = "Secretaries general of each chamber (empty: no source Plenum reads has them)")
    @GetMapping("/secretaries-general")
    ResponseEntity<byte[]> secretariesGeneral(HttpServletRequest request) {
        return empty(request, "secretaries-general", "Secretaries general of parliamentary chambers");
    }

    @Operation(summary = "Chambers presided over by a woman (empty: no source Plenum reads has presiding officers)")
    @GetMapping("/women-speakers")
    ResponseEntity<byte[]> womenSpeakers(HttpServletRequest request) {
        return empty(request, "women-speakers", "Women presiding officers of parliamentary chambers");
    }

    @Operation(summary = "Each chamber's latest election: one flat row per chamber of the UN member states")
    @GetMapping("/elections")
    ResponseEntity<byte[]> elections(HttpServletRequest request) {
        noParameters(request);
        Snapshot snapshot = registry.current();
        return responses.jsonApi(request, snapshot.publication(), () -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            List<EntityRecord> chambers = new ArrayList<>(snapshot.all(EntityType.CHAMBER));
            chambers.sort(Comparator.comparing(EntityRecord::code));
            for (EntityRecord chamber : chambers) {
                if (view.inDefaultList(chamber, snapshot, Optional.empty(), EntityRecord.LATEST)) {
                    rows.add(electionRow(snapshot, chamber));
                }
            }
            Map<String, Object> meta = ApiMeta.of(snapshot);
            meta.put("title", "Latest elections");
            meta.put("total", rows.size());
            meta.put("method", "One row per chamber of the UN member states: its latest election recorded as an election "
                    + "(election_code), and its last_election as recorded for the chamber (IPU's monthly ranking gives it "
                    + "to the month). first_session_date, expect_date_next_election and designation_mode: no source.");
            return document(rows, meta);
        });
    }

    private Map<String, Object> electionRow(Snapshot snapshot, EntityRecord chamber) {
        Optional<EntityRecord> parliament = chamber.parent().flatMap(snapshot::get);
        Optional<EntityRecord> country = parliament.flatMap(EntityRecord::parent).flatMap(snapshot::get);
        Optional<EntityRecord> latestElection = snapshot.children(chamber.ref(), EntityType.ELECTION).stream()
                .filter(e -> text(e, "election_date").isPresent())
                .max(Comparator.comparing(e -> text(e, "election_date").orElseThrow()));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("country_name", country.flatMap(c -> translated(c, "country_name")).orElse(null));
        row.put("country_code", country.map(EntityRecord::code).orElse(null));
        row.put("structure_of_parliament", parliament.flatMap(p -> text(p, "structure_of_parliament")).orElse(null));
        row.put("struct_parl_status", text(chamber, "struct_parl_status").orElse(null));
        row.put("chamber_name", translated(chamber, "chamber_name").orElse(null));
        row.put("chamber_code", chamber.code());
        row.put("is_suspended_chamber", text(chamber, "is_suspended_chamber").map(Boolean::parseBoolean).orElse(null));
        row.put("designation_mode", null);
        row.put("election_code", latestElection.map(EntityRecord::code).orElse(null));
        Optional<String> lastElection = text(chamber, "last_election");
        Optional<String> electionDate = latestElection.flatMap(e -> text(e, "election_date"));
        // to the day where the latest election recorded falls in the month recorded (as on the chamber: decision 0027)
        row.put("last_election", lastElection.map(month -> month.matches("\\d{4}-\\d{2}") && electionDate
                .filter(d -> d.startsWith(month + "-") && d.length() == 10).isPresent() ? electionDate.get() : month)
                .or(() -> electionDate).orElse(null));
        row.put("election_date", electionDate.orElse(null));
        row.put("first_session_date", null);
        row.put("expect_date_next_election", null);
        return row;
    }

    private ResponseEntity<byte[]> empty(HttpServletRequest request, String report, String title) {
        noParameters(request);
        Snapshot snapshot = registry.current();
        return responses.jsonApi(request, snapshot.publication(), () -> {
            Map<String, Object> meta = ApiMeta.of(snapshot);
            meta.put("title", title);
            meta.put("total", 0);
            meta.put("method", "No source Plenum reads names " + (report.equals("secretaries-general") ? "secretaries general"
                    : "presiding officers") + ": the report is empty until one is imported. Plenum makes up no row.");
            return document(List.of(), meta);
        });
    }

    private static void noParameters(HttpServletRequest request) {
        request.getParameterMap().keySet().stream().filter(n -> !n.startsWith("page[")).findFirst().ifPresent(name -> {
            throw ApiException.badParameter(name, "unknown_parameter", "This report takes no parameter; '" + name + "' was given.");
        });
    }

    private static Map<String, Object> document(List<Map<String, Object>> rows, Map<String, Object> meta) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", rows);
        document.put("meta", meta);
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }

    private static Optional<String> text(EntityRecord entity, String field) {
        Optional<TimedValue> value = entity.latest(field, EntityRecord.LATEST);
        return value.filter(v -> v.value() instanceof FactValue.Present).map(v -> ((FactValue.Present) v.value()).value());
    }

    private Optional<Map<String, String>> translated(EntityRecord entity, String field) {
        return text(entity, field).map(t -> json.readValue(t, TRANSLATIONS));
    }

}
