package org.plenum.stats;

import java.util.Objects;
import java.util.Optional;

/**
 * The area an SDG observation is about: a country, an IPU region or the world.
 *
 * @param code    the country's code ({@code RW}), the region's {@code ipu_region} term ({@code sub_saharan_africa}),
 *                or {@code world}
 * @param m49Code the UN M49 code, three digits ({@code 646}; {@code 001} for the world); empty for IPU regions,
 *                which are not M49 areas, and for a country without one
 * @param name    English name
 */
public record SdgArea(Kind kind, String code, Optional<String> m49Code, String name) {

    public static final String WORLD_CODE = "world";
    public static final String WORLD_M49 = "001";

    public enum Kind {
        COUNTRY, REGION, WORLD
    }

    public SdgArea {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(m49Code, "m49Code");
        Objects.requireNonNull(name, "name");
    }

    public static SdgArea world() {
        return new SdgArea(Kind.WORLD, WORLD_CODE, Optional.of(WORLD_M49), "World");
    }

    public boolean isAggregate() {
        return kind != Kind.COUNTRY;
    }
}
