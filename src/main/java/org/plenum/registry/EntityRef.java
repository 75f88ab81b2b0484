package org.plenum.registry;

import java.util.Objects;

/** Identifies one entity: its type and its stable code (e.g. chamber {@code ES-LC01}). */
public record EntityRef(EntityType type, String code) {
    public EntityRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("entity code must not be blank");
        }
    }

    public static EntityRef country(String code) {
        return new EntityRef(EntityType.COUNTRY, code);
    }

    public static EntityRef parliament(String code) {
        return new EntityRef(EntityType.PARLIAMENT, code);
    }

    public static EntityRef chamber(String code) {
        return new EntityRef(EntityType.CHAMBER, code);
    }

    /** The country of a chamber code: {@code ES} of {@code ES-LC01} (the code itself when it has no dash). */
    public static String countryOf(String chamberCode) {
        int dash = chamberCode.indexOf('-');
        return dash > 0 ? chamberCode.substring(0, dash) : chamberCode;
    }

    @Override
    public String toString() {
        return type.id() + " " + code;
    }
}
