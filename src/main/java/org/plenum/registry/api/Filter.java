package org.plenum.registry.api;

import java.util.List;
import java.util.Optional;

/**
 * One condition of Parline's filter syntax {@code field[.part]:op:value}, e.g.
 * {@code struct_parl_status.term:eq:lower_chamber} or {@code current_women_percent:ge:40}.
 *
 * @param part   the sub-field of a structured value: {@code term} of a taxonomy term, {@code en}/{@code fr}
 *               of a translated text; empty for the value itself
 * @param values one value, or several for {@code in}
 */
record Filter(String field, Optional<String> part, Operator op, List<String> values) {

    enum Operator {
        EQ, NE, GT, GE, LT, LE, IN, CONTAINS;

        static Optional<Operator> of(String name) {
            for (Operator op : values()) {
                if (op.name().equalsIgnoreCase(name)) {
                    return Optional.of(op);
                }
            }
            return Optional.empty();
        }
    }
}
