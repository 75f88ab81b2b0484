package org.plenum.web.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and description of the OpenAPI document at /api/v1/openapi.json. */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    @Bean
    OpenAPI plenumOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Plenum API")
                .version("v1")
                .description("""
                        Data on the world's national parliaments, compatible with IPU Parline's API: JSON:API documents \
                        (media type application/vnd.api+json), Parline's filters (filter=field:op:value), page[number], \
                        page[size] (up to 5000), fields, sort; every value with its history and source. as_of=YYYY-MM-DD \
                        gives the values true on that date, known_at the values as published at that time. No key needed. \
                        Errors are JSON:API error objects naming the parameter at fault.""")
                .license(new License().name("Apache-2.0 (the code); the data keep the licence of each source (see meta.licence)")
                        .url("https://www.apache.org/licenses/LICENSE-2.0")))
                // relative, so that the document never reflects the request's Host header (springdoc's default
                // server URL is built from it): "/" is this server, wherever the document was fetched from
                .servers(List.of(new Server().url("/").description("This server")));
    }
}
