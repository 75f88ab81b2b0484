package org.plenum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.exchange.ExportCommandLine;
import org.plenum.exchange.ImportCommandLine;
import org.plenum.stats.PublishCommandLine;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * What a one-off command's context holds (decision 0037): the beans the commands use, and nothing of the web server,
 * security, sessions, mail, scheduling or the actuator, whatever modules and starters are added later.
 */
class CommandContextTest {

    /** Packages of which no bean belongs in a command's context. */
    private static final List<String> SERVER_ONLY = List.of("org.springframework.web.", "org.springframework.boot.web",
            "org.springframework.boot.webmvc", "org.springframework.boot.tomcat", "org.springframework.boot.servlet",
            "org.apache.catalina", "org.apache.tomcat", "org.springframework.security", "org.springframework.boot.security",
            "org.springframework.session", "org.springframework.boot.session", "org.springframework.mail",
            "org.springframework.boot.mail", "jakarta.mail", "org.springframework.scheduling",
            "org.springframework.boot.actuate", "org.springdoc", "gg.jte", "io.micrometer");

    /** Libraries inside those packages that a command may use: password hashing (plenum user). */
    private static final List<String> LIBRARIES = List.of("org.springframework.security.crypto.");

    @TempDir
    Path temp;

    @Test
    void aCommandsContextHoldsTheCommandsAndNothingOfTheServer() {
        try (ConfigurableApplicationContext context = Plenum.commandApplication("country,parliament,chamber")
                .run("--PLENUM_DB_URL=jdbc:h2:mem:command-context;DB_CLOSE_DELAY=-1", "--PLENUM_DATA_DIR=" + temp,
                        "--PLENUM_LOAD_BUNDLED_DATASET=false")) {
            assertThat(context.getBeanNamesForType(ImportCommandLine.class, true, false)).hasSize(1);
            assertThat(context.getBeanNamesForType(ExportCommandLine.class, true, false)).hasSize(1);
            assertThat(context.getBeanNamesForType(PublishCommandLine.class, true, false)).hasSize(1);
            assertThat(context.getBeanNamesForType(FlywayMigrationInitializer.class, true, false)).hasSize(1);
            List<String> serverOnly = new ArrayList<>();
            for (String name : context.getBeanDefinitionNames()) {
                Class<?> type = context.getBeanFactory().getType(name, false);
                String typeName = type == null ? Objects.toString(context.getBeanFactory().getBeanDefinition(name)
                        .getBeanClassName(), "") : type.getName();
                if (SERVER_ONLY.stream().anyMatch(typeName::startsWith) && LIBRARIES.stream().noneMatch(typeName::startsWith)
                        || type != null && (AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                        || AnnotatedElementUtils.hasAnnotation(type, ControllerAdvice.class))) {
                    serverOnly.add(name + " (" + typeName + ")");
                }
            }
            assertThat(serverOnly).as("beans of the server in a command's context").isEmpty();
            // a listener of ApplicationReadyEvent runs before every command (e.g. a bundled catalogue's load or a
            // search index build): only the server may have them
            List<String> onReady = new ArrayList<>();
            for (String name : context.getBeanDefinitionNames()) {
                Class<?> type = context.getBeanFactory().getType(name, false);
                if (type != null && type.getName().startsWith("org.plenum.")) {
                    for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                        org.springframework.context.event.EventListener listener = AnnotatedElementUtils
                                .findMergedAnnotation(method, org.springframework.context.event.EventListener.class);
                        if (listener != null && (java.util.Arrays.asList(listener.classes()).contains(ApplicationReadyEvent.class)
                                || java.util.Arrays.asList(method.getParameterTypes()).contains(ApplicationReadyEvent.class))) {
                            onReady.add(name + "." + method.getName());
                        }
                    }
                }
            }
            assertThat(onReady).as("listeners of ApplicationReadyEvent in a command's context").isEmpty();
        }
    }

    /**
     * The context prepared at build time only from the jar (PackagedCommandsIT runs it): a folder of classes, as the
     * tests run from, may hold generated code of an earlier build beside newer classes.
     */
    @Test
    void thePreparedContextOnlyFromAJar() {
        assertThat(CommandAot.fromJar("jar:nested:/opt/plenum/plenum.jar/!BOOT-INF/classes/!/")).isTrue();
        assertThat(CommandAot.fromJar("file:/home/someone/.cache/plenum/85235652-1796694238/app/plenum.jar")).isTrue();
        assertThat(CommandAot.fromJar("file:/work/plenum/target/classes/")).isFalse();
        assertThat(CommandAot.usable()).as("from target/classes").isFalse();
    }
}
