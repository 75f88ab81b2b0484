package org.plenum;

import java.net.URL;
import java.security.CodeSource;
import java.util.Optional;
import org.springframework.util.ClassUtils;

/**
 * The one-off commands' application context prepared when the jar is built (Spring AOT, decision 0071): the build
 * ({@code spring-boot:process-aot} in pom.xml) runs {@link #main} to find that context, evaluates its configuration
 * classes, component scan and conditions once, and writes the bean definitions as code
 * ({@code CommandAot__ApplicationContextInitializer} and one {@code __BeanDefinitions} class per configuration). A
 * command run from the jar registers them instead of parsing and scanning on every run.
 * <p>
 * Used only from the jar the build made, where the generated code and the classes it describes come from the same
 * build: classes run from a folder (tests, an IDE, {@code spring-boot:run}) may sit beside generated code of an earlier
 * build, so they keep the usual start. {@code -Dplenum.aot=false} (e.g. in {@code JAVA_OPTS}) switches it off: then a
 * setting that turns auto-configuration on or off for a command (such as {@code --spring.flyway.enabled=false}) is
 * read at run time, where otherwise the build's value holds.
 */
final class CommandAot {

    /** The system property that switches the prepared context off ({@code false}). */
    static final String SWITCH = "plenum.aot";

    private CommandAot() {
    }

    /** The build's entry point: builds the command's application as every command does, which the AOT step captures. */
    public static void main(String[] args) {
        Plenum.commandApplication("").run(args);
    }

    /** Whether a command uses the prepared context: not switched off, generated, and run from the jar. */
    static boolean usable() {
        return !"false".equalsIgnoreCase(System.getProperty(SWITCH))
                && ClassUtils.isPresent(CommandAot.class.getName() + "__ApplicationContextInitializer", CommandAot.class.getClassLoader())
                && fromJar(Optional.ofNullable(CommandAot.class.getProtectionDomain().getCodeSource())
                        .map(CodeSource::getLocation).map(URL::toString).orElse(""));
    }

    /**
     * Whether classes from this location come from a jar: the fat jar's nested classes ({@code jar:nested:…}) or the
     * application jar bin/plenum extracts ({@code file:….jar}), not a folder of classes.
     */
    static boolean fromJar(String location) {
        return location.startsWith("jar:") || location.endsWith(".jar");
    }
}
