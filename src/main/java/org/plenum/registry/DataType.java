package org.plenum.registry;

/** How a field's values are written ({@link FactValue.Present#value()}) and read. */
public enum DataType {
    INTEGER, DECIMAL, TEXT, TRANSLATED_TEXT, DATE, BOOLEAN, TAXONOMY_TERM, MONEY, REFERENCE
}
