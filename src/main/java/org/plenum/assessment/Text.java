package org.plenum.assessment;

import java.util.Map;
import java.util.Optional;

/**
 * A text in several languages (language code, e.g. {@code en}, {@code fr}, to the text): a questionnaire is written
 * in any languages its author adds. Never null; empty when there is no text.
 */
public record Text(Map<String, String> byLanguage) {

    public static final Text NONE = new Text(Map.of());

    public Text {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static Text of(String english, String french) {
        return new Text(french == null || french.isBlank() ? Map.of("en", english) : Map.of("en", english, "fr", french));
    }

    /** The text in {@code language}, else in English, else in any language; empty when there is none. */
    public String in(String language) {
        return Optional.ofNullable(byLanguage.get(language)).or(() -> Optional.ofNullable(byLanguage.get("en")))
                .or(() -> byLanguage.values().stream().findFirst()).orElse("");
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }
}
