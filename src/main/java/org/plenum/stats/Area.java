package org.plenum.stats;

import java.util.Map;
import java.util.Objects;
import org.plenum.registry.Labels;

/**
 * What an average is taken over: the world, an IPU region or an IPU sub-region.
 *
 * @param kind  world, region or sub-region
 * @param id    {@code world}, or the term of the taxonomy {@code ipu_region} / {@code ipu_subregion}
 *              (e.g. {@code sub_saharan_africa})
 * @param label label by language ({@code en}, {@code fr})
 */
public record Area(Kind kind, String id, Map<String, String> label) {

    public enum Kind {
        WORLD, REGION, SUB_REGION
    }

    public static final String WORLD_ID = "world";

    public Area {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        label = Labels.of(label);
    }

    public static Area world() {
        return new Area(Kind.WORLD, WORLD_ID, Map.of("en", "World", "fr", "Monde"));
    }
}
