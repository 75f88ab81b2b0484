package org.plenum;

import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.plenum.database.SchemaHistory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The application context of the one-off commands ({@code import}, {@code export}, {@code publish}): Plenum's own
 * beans and only the auto-configuration they use (database, Flyway, transactions, JSON), not the web server's,
 * the actuator's or the API documentation's; see decisions 0024 and 0037. {@code serve} uses {@link Plenum}, with
 * everything. The rule for what a command context holds, which new modules follow without listing anything:
 * <ul>
 *   <li>auto-configuration: only the classes listed here (a new starter, e.g. Spring Security, Spring Session or
 *       mail, adds nothing to the commands);</li>
 *   <li>Plenum's components: all but controllers and controller advice (left out by the scan below) and the
 *       components and configuration classes that only a server needs, which carry
 *       {@code @ConditionalOnWebApplication} (security filter chains, session and mail set-up, servlet filters,
 *       scheduled jobs);</li>
 *   <li>every bean is created when first used (lazy initialisation).</li>
 * </ul>
 * {@code CommandContextTest} fails when a command's context holds a bean of the web, security, session, mail,
 * scheduling or actuator packages.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = Plenum.class, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {Plenum.class, CommandConfiguration.class}),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = {Controller.class, ControllerAdvice.class})})
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
        TransactionAutoConfiguration.class, TransactionManagerCustomizationAutoConfiguration.class,
        JacksonAutoConfiguration.class})
@ConditionalOnBooleanProperty(CommandConfiguration.COMMAND)
class CommandConfiguration {

    /**
     * Set for the one-off commands only: the server's context (which scans this package too) leaves this
     * configuration out.
     */
    static final String COMMAND = "plenum.one-off-command";

    /**
     * Flyway's validation and migration, only when the schema history is not already what this jar's migrations make
     * ({@link SchemaHistory}, one query): Flyway itself is set up only then (decision 0037). {@code serve} always
     * runs Flyway.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "spring.flyway.enabled", matchIfMissing = true)
    FlywayMigrationInitializer flywayInitializer(@Lazy Flyway flyway, DataSource dataSource, Environment environment) {
        return new FlywayMigrationInitializer(flyway, lazyFlyway -> {
            if (!SchemaHistory.isCurrent(dataSource, environment)) {
                lazyFlyway.migrate();
            }
        });
    }

    /**
     * Spring Boot makes the beans that use the database wait for every {@link Flyway} bean as well as for the
     * initializer, which would set Flyway up in every command: here they wait for the initializer above only, which
     * sets Flyway up when it has something to do. (Runs after Spring Boot's post-processor that adds the waits,
     * whose order is 0.)
     */
    @Bean
    static BeanFactoryPostProcessor flywaySetUpOnlyWhenNeeded() {
        return beanFactory -> {
            List<String> flyways = List.of(beanFactory.getBeanNamesForType(Flyway.class, true, false));
            for (String name : beanFactory.getBeanDefinitionNames()) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn();
                if (dependsOn != null && Arrays.stream(dependsOn).anyMatch(flyways::contains)) {
                    definition.setDependsOn(Arrays.stream(dependsOn).filter(d -> !flyways.contains(d)).toArray(String[]::new));
                }
            }
        };
    }
}
