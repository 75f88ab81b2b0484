package org.plenum.registry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.web.ApiException;
import org.plenum.web.CachedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's read API, compatible with IPU Parline's: collections with Parline's filters,
 * single records, and the nested collections of a country. Served from the in-memory snapshot.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry", description = "Countries, parliaments, chambers, elections, parties and people, with their history")
class RegistryApiController {

    private final PublishedRegistry registry;
    private final Documents documents;
    private final FieldNames names;
    private final CachedResponses responses;

    RegistryApiController(PublishedRegistry registry, Documents documents, FieldNames names, CachedResponses responses) {
        this.registry = registry;
        this.documents = documents;
        this.names = names;
        this.responses = responses;
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(name = "filter", in = ParameterIn.QUERY, description = "Parline filter field[.part]:op:value, op one of eq, ne, gt, ge, lt, le, in, contains; repeat the parameter or separate with ; to combine. Example: struct_parl_status.term:eq:lower_chamber")
    @Parameter(name = "page[number]", in = ParameterIn.QUERY, description = "Page number, from 1")
    @Parameter(name = "page[size]", in = ParameterIn.QUERY, description = "Page size, 1 to 5000 (default 20)")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = "Comma-separated fields to include (also fields[type]=)")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Comma-separated fields; prefix with - for descending")
    @Parameter(name = "as_of", in = ParameterIn.QUERY, description = "Valid time: the values true on this date (YYYY-MM-DD)")
    @Parameter(name = "known_at", in = ParameterIn.QUERY, description = "Record time: the values as published at this date or instant")
    @Parameter(name = "history", in = ParameterIn.QUERY, description = "all: every record (not only Parline's default list) and every field as a series of the values as recorded, each with its valid time, for harvesters (said in meta.history; not with as_of)")
    @interface CollectionParameters {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = "Comma-separated fields to include")
    @Parameter(name = "as_of", in = ParameterIn.QUERY, description = "Valid time: the values true on this date (YYYY-MM-DD)")
    @Parameter(name = "known_at", in = ParameterIn.QUERY, description = "Record time: the values as published at this date or instant")
    @Parameter(name = "history", in = ParameterIn.QUERY, description = "all: every field as a series of the values as recorded, each with its valid time")
    @interface RecordParameters {
    }

    @Operation(summary = "Countries") @CollectionParameters
    @GetMapping("/countries")
    ResponseEntity<byte[]> countries(HttpServletRequest request) {
        return collection(request, EntityType.COUNTRY);
    }

    @Operation(summary = "Parliaments") @CollectionParameters
    @GetMapping("/parliaments")
    ResponseEntity<byte[]> parliaments(HttpServletRequest request) {
        return collection(request, EntityType.PARLIAMENT);
    }

    @Operation(summary = "Chambers (lower, upper and single chambers)") @CollectionParameters
    @GetMapping("/chambers")
    ResponseEntity<byte[]> chambers(HttpServletRequest request) {
        return collection(request, EntityType.CHAMBER);
    }

    @Operation(summary = "Elections") @CollectionParameters
    @GetMapping("/elections")
    ResponseEntity<byte[]> elections(HttpServletRequest request) {
        return collection(request, EntityType.ELECTION);
    }

    @Operation(summary = "Election results by party") @CollectionParameters
    @GetMapping("/election_results")
    ResponseEntity<byte[]> electionResults(HttpServletRequest request) {
        return collection(request, EntityType.ELECTION_RESULT);
    }

    @Operation(summary = "Specialized bodies (committees)") @CollectionParameters
    @GetMapping("/specialized_bodies")
    ResponseEntity<byte[]> specializedBodies(HttpServletRequest request) {
        return collection(request, EntityType.SPECIALIZED_BODY);
    }

    @Operation(summary = "People") @CollectionParameters
    @GetMapping("/people")
    ResponseEntity<byte[]> people(HttpServletRequest request) {
        return collection(request, EntityType.PERSON);
    }

    @Operation(summary = "Political parties") @CollectionParameters
    @GetMapping("/political_parties")
    ResponseEntity<byte[]> politicalParties(HttpServletRequest request) {
        return collection(request, EntityType.POLITICAL_PARTY);
    }

    @Operation(summary = "One country, e.g. ES") @RecordParameters
    @GetMapping("/countries/{code}")
    ResponseEntity<byte[]> country(@PathVariable String code, HttpServletRequest request) {
        return single(request, EntityType.COUNTRY, code);
    }

    @Operation(summary = "One parliament, e.g. ES") @RecordParameters
    @GetMapping("/parliaments/{code}")
    ResponseEntity<byte[]> parliament(@PathVariable String code, HttpServletRequest request) {
        return single(request, EntityType.PARLIAMENT, code);
    }

    @Operation(summary = "One chamber, e.g. ES-LC01") @RecordParameters
    @GetMapping("/chambers/{code}")
    ResponseEntity<byte[]> chamber(@PathVariable String code, HttpServletRequest request) {
        return single(request, EntityType.CHAMBER, code);
    }

    @Operation(summary = "One election, e.g. ES-LC01-E20231123") @RecordParameters
    @GetMapping("/elections/{code}")
    ResponseEntity<byte[]> election(@PathVariable String code, HttpServletRequest request) {
        return single(request, EntityType.ELECTION, code);
    }

    @Operation(summary = "One election result") @RecordParameters
    @GetMapping("/election_results/{code}")
    ResponseEntity<byte[]> electionResult(@PathVariable String code, HttpServletRequest request) {
        return single(request, EntityType.ELECTION_RESULT, code);
    }

    @Operation(summary = "One specialized body, e.g. ES-LC-SB01") @RecordParameters
    @GetMapping("/specialized_bodies/{code}")
    ResponseEntity<byte[]> specializedBody(@PathVariable String code, HttpServletRequest request) {
        return single(request, EntityType.SPECIALIZED_BODY, code);
    }

    @Operation(summary = "One political party") @RecordParameters
    @GetMapping("/political_parties/{code}")
    ResponseEntity<byte[]> politicalParty(@PathVariable String code, HttpServletRequest request) {
        return single(request, EntityType.POLITICAL_PARTY, code);
    }

    @Operation(summary = "One person") @RecordParameters
    @GetMapping("/people/{code}")
    ResponseEntity<byte[]> person(@PathVariable String code, HttpServletRequest request) {
        return single(request, EntityType.PERSON, code);
    }

    @Operation(summary = "The chambers of a country's parliament") @CollectionParameters
    @GetMapping("/countries/{code}/chambers")
    ResponseEntity<byte[]> countryChambers(@PathVariable String code, HttpServletRequest request) {
        Snapshot snapshot = registry.current();
        EntityRecord country = find(snapshot, EntityType.COUNTRY, code);
        ApiQuery query = ApiQuery.parse(request.getParameterMap(), EntityType.CHAMBER, names, true);
        return responses.jsonApi(request, snapshot.publication(), () -> {
            List<EntityRecord> chambers = new ArrayList<>();
            for (EntityRecord parliament : snapshot.children(country.ref(), EntityType.PARLIAMENT)) {
                chambers.addAll(snapshot.children(parliament.ref(), EntityType.CHAMBER));
            }
            return documents.collection(snapshot, EntityType.CHAMBER, chambers, query, pagePath(request), false);
        });
    }

    @Operation(summary = "The parliament(s) of a country") @CollectionParameters
    @GetMapping("/countries/{code}/parliaments")
    ResponseEntity<byte[]> countryParliaments(@PathVariable String code, HttpServletRequest request) {
        Snapshot snapshot = registry.current();
        EntityRecord country = find(snapshot, EntityType.COUNTRY, code);
        ApiQuery query = ApiQuery.parse(request.getParameterMap(), EntityType.PARLIAMENT, names, true);
        return responses.jsonApi(request, snapshot.publication(), () -> documents.collection(snapshot, EntityType.PARLIAMENT,
                snapshot.children(country.ref(), EntityType.PARLIAMENT), query, pagePath(request), false));
    }

    private ResponseEntity<byte[]> collection(HttpServletRequest request, EntityType type) {
        Snapshot snapshot = registry.current();
        ApiQuery query = ApiQuery.parse(request.getParameterMap(), type, names, true);
        return responses.jsonApi(request, snapshot.publication(),
                () -> documents.collection(snapshot, type, List.copyOf(snapshot.all(type)), query, pagePath(request)));
    }

    private ResponseEntity<byte[]> single(HttpServletRequest request, EntityType type, String code) {
        Snapshot snapshot = registry.current();
        EntityRecord entity = find(snapshot, type, code);
        ApiQuery query = ApiQuery.parse(request.getParameterMap(), type, names, false);
        if (!entity.knownAt(query.knownAt())) {
            throw ApiException.notFound("The " + type.id().replace('_', ' ') + " '" + code + "' had not been published at "
                    + query.knownAt() + ".");
        }
        return responses.jsonApi(request, snapshot.publication(), () -> documents.single(snapshot, entity, query));
    }

    private static EntityRecord find(Snapshot snapshot, EntityType type, String code) {
        if (code.isBlank()) {
            throw ApiException.notFound("There is no " + type.id().replace('_', ' ') + " with a blank code.");
        }
        return snapshot.get(new EntityRef(type, code)).orElseThrow(() -> ApiException.notFound(
                "There is no " + type.id().replace('_', ' ') + " with the code '" + code + "'."));
    }

    /** The request's path and query without its page parameters, for the page links. */
    private static String pagePath(HttpServletRequest request) {
        String query = request.getQueryString();
        StringBuilder kept = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!name.equals("page[number]") && !name.equals("page[size]") && !pair.isEmpty()) {
                    kept.append(kept.isEmpty() ? "" : "&").append(pair);
                }
            }
        }
        return request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept);
    }
}
