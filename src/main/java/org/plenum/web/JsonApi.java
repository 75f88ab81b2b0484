package org.plenum.web;

import org.springframework.http.MediaType;

/** Constants of the JSON:API documents Plenum serves. */
public final class JsonApi {

    public static final String MEDIA_TYPE = "application/vnd.api+json";
    public static final MediaType MEDIA = MediaType.parseMediaType(MEDIA_TYPE);

    private JsonApi() {
    }
}
