package org.plenum.web.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Completes the OpenAPI document from the API's conventions, for every endpoint, present and future, so no
 * controller has to repeat them: a schema for each parameter (by its name: {@code page[size]}, {@code year},
 * {@code as_of}…; text otherwise); a 200 response in {@code application/vnd.api+json} (a JSON:API document) unless
 * the endpoint declares its own media types with springdoc's {@code @ApiResponse}; {@code 304} for the ETags; the
 * JSON:API error responses {@code 400}, {@code 404} (paths with an identifier), {@code 406}; and each tag declared
 * once. The document must stay valid OpenAPI 3.1 ({@code OpenApiDocumentTests} parses and validates it).
 */
@Component
class OpenApiConventions implements OpenApiCustomizer {

    static final String JSON_API = "application/vnd.api+json";
    private static final String DOCUMENT = "JsonApiDocument";
    private static final String ERRORS = "JsonApiErrors";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new io.swagger.v3.oas.models.Components());
        }
        openApi.getComponents().addSchemas(DOCUMENT, document()).addSchemas(ERRORS, errors());
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (method == PathItem.HttpMethod.GET) {
                    complete(path, operation);
                }
            }));
        }
        openApi.setTags(mergedTags(openApi.getTags()));
    }

    private static void complete(String path, Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(OpenApiConventions::schema);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ApiResponse ok = responses.computeIfAbsent("200", code -> new ApiResponse().description("OK"));
        Content content = ok.getContent() == null ? new Content() : ok.getContent();
        if (content.isEmpty() || content.containsKey("*/*")) {
            content.remove("*/*");
            content.addMediaType(JSON_API, new MediaType().schema(ref(DOCUMENT)));
        }
        content.forEach((type, media) -> {
            if (media.getSchema() == null || "byte".equals(media.getSchema().getFormat())) {
                media.setSchema(type.contains("json") ? ref(DOCUMENT) : typed("string"));
            }
        });
        ok.setContent(content);
        responses.putIfAbsent("304", new ApiResponse().description("Not Modified: the If-None-Match header names the current ETag"));
        responses.putIfAbsent("400", error("Bad Request: a parameter is wrong; the error object names it (source.parameter)"));
        if (path.contains("{")) {
            responses.putIfAbsent("404", error("Not Found: nothing has this identifier"));
        }
        responses.putIfAbsent("406", error("Not Acceptable: the Accept header admits none of the endpoint's media types"));
        operation.setResponses(responses);
    }

    /** A parameter's schema from its name, where the controller gave none. */
    private static void schema(Parameter parameter) {
        if (parameter.getSchema() != null || parameter.getContent() != null) {
            return;
        }
        String name = parameter.getName();
        Schema<?> schema = switch (name) {
            case "page[number]", "revision" -> typed("integer").minimum(BigDecimal.ONE);
            case "page[size]" -> typed("integer").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(5000));
            case "year", "from-year", "to-year" -> typed("integer").minimum(BigDecimal.valueOf(1000)).maximum(BigDecimal.valueOf(9999));
            case "month" -> typed("integer").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(12));
            case "as_of" -> typed("string").format("date");
            default -> typed("string");
        };
        parameter.setSchema(schema);
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(JSON_API, new MediaType().schema(ref(ERRORS))));
    }

    /** Each tag once (several controllers share one, e.g. Reports), with their descriptions joined. */
    private static List<Tag> mergedTags(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag kept = byName.putIfAbsent(tag.getName(), new Tag().name(tag.getName()).description(tag.getDescription()));
            if (kept != null && tag.getDescription() != null
                    && (kept.getDescription() == null || !kept.getDescription().contains(tag.getDescription()))) {
                kept.setDescription(kept.getDescription() == null ? tag.getDescription()
                        : kept.getDescription() + "; " + tag.getDescription());
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static Schema<?> document() {
        return typed("object").description("A JSON:API document: data (a resource or a list of them), meta, links")
                .addProperty("data", new Schema<>().description("A resource object, or an array of them"))
                .addProperty("meta", typed("object"))
                .addProperty("links", typed("object"))
                .addProperty("included", typed("array").items(typed("object")));
    }

    private static Schema<?> errors() {
        Schema<?> source = typed("object")
                .addProperty("parameter", typed("string").description("The query parameter at fault"))
                .addProperty("pointer", typed("string"));
        Schema<?> error = typed("object")
                .addProperty("status", typed("string").description("The HTTP status, as text"))
                .addProperty("code", typed("string").description("A stable code, e.g. unknown_field"))
                .addProperty("title", typed("string"))
                .addProperty("detail", typed("string"))
                .addProperty("source", source);
        return typed("object").description("JSON:API error objects").addRequiredItem("errors")
                .addProperty("errors", typed("array").items(error));
    }

    private static Schema<?> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
