package org.plenum.exchange;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an import format for {@code plenum import} and its usage text: put it on every {@link FormatReader} (its
 * {@code name} is the reader's {@link FormatReader#format()}) and on any other class that handles an import format
 * (one that reads something other than files, e.g. a URL). {@link ImportFormatCatalogue} finds these declarations
 * without starting the application, so {@code plenum help} lists every format and a mistyped format is reported at
 * once. This is the one place where the formats are listed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ImportFormat {

    /** The format's name on the command line, e.g. {@code ipu-ranking}. */
    String name();

    /** What follows the format's name on the command line, e.g. {@code <file.csv>} or {@code <base-url>}. */
    String arguments();

    /** One line: what the format reads. */
    String description();

    /** Whether the arguments are files that must exist and be readable (checked before the application starts). */
    boolean readsFiles() default true;

    /** The format's own options ({@code --name=value} or {@code --name value}), without the dashes. */
    String[] options() default {};

    /** Those of {@link #options()} that take no value ({@code --restart}). */
    String[] flags() default {};
}
