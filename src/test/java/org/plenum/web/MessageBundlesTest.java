package org.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every module's bundle of interface text has the same keys in English and in French, and each text is non-blank. */
class MessageBundlesTest {

    @Test
    void everyKeyHasAnEnglishAndAFrenchText() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
        List<String> names = java.util.Arrays.stream(bundles).map(Resource::getFilename).filter(n -> !n.contains("_")).toList();
        assertThat(names).contains("web.properties", "registry.properties", "stats.properties", "exchange.properties",
                "publications.properties");
        for (String name : names) {
            Properties english = load("i18n/" + name);
            Properties french = load("i18n/" + name.replace(".properties", "_fr.properties"));
            assertThat(new TreeSet<>(french.stringPropertyNames())).as("keys of the French %s", name)
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            Set<String> blank = new TreeSet<>();
            for (Properties texts : List.of(english, french)) {
                texts.forEach((k, v) -> {
                    if (v.toString().isBlank()) {
                        blank.add(k.toString());
                    }
                });
            }
            assertThat(blank).as("blank texts in %s", name).isEmpty();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
