package org.plenum.exchange.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes a translated text in its canonical form, a JSON object by language: {@code {"en":"…","fr":"…"}}. */
final class TranslatedText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TranslatedText() {
    }

    /** English and, when not blank, French. */
    static String of(String english, String french) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        byLanguage.put("en", english);
        if (!french.isBlank()) {
            byLanguage.put("fr", french);
        }
        return JSON.writeValueAsString(byLanguage);
    }

    static String english(String english) {
        return of(english, "");
    }
}
