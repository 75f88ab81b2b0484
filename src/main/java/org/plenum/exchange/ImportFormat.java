package org.plenum.exchange;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an import format for {@code plenum import} and its usage text: put it on every {@link FormatReader} (its
 * {@code name} is the reader's {@link FormatReader#format()}) and on any other class that handles an import format
 * (one that reads something other than files, e.g. a URL), and add the class to
 * {@link ImportFormatCatalogue#DECLARING} (a test fails until it is there). The catalogue reads these declarations
 * without starting the application, so {@code plenum help} lists every format and a mistyped format is reported at
 * once.
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

    /**
     * The format's own options ({@code --name=value} or {@code --name value}), without the dashes, each with an example
     * of its value for the usage where it takes one ({@code delay=500ms}), in the order the usage shows them.
     */
    String[] options() default {};

    /** Those of {@link #options()} that take no value ({@code --restart}). */
    String[] flags() default {};

    /**
     * The reader's version: raise it whenever the reader makes different facts from the same file (a fix, a new
     * field, another reading of a value). The bundled dataset's parts are keyed by their files and this version, so
     * a data directory loaded by an earlier version gets the part applied again at its next start, as corrections
     * recorded then (decision 0030).
     */
    int version() default 1;

    /**
     * Whether the reader reads its file a row at a time, so that its memory does not grow with the file: it then takes
     * files of up to {@link ImportLimits#MAX_STREAMED_FILE_BYTES}, others of up to 32 MB (docs/decisions/0022, 0028).
     */
    boolean streams() default false;
}
