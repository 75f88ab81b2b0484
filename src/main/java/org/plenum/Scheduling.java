package org.plenum;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The server's scheduled work (the snapshot poll, the monthly publications). Off in the one-off commands
 * ({@code plenum.scheduling.enabled=false}): they end before any of it would run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "plenum.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class Scheduling {
}
