package org.plenum.accounts.internal;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The beans of accounts that the command line needs too (no web security here: see {@code SecurityConfiguration}). */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    /**
     * Argon2id (decision 0041), with Spring Security's recommended parameters (16 MiB, 2 iterations, 1 lane); the
     * hash is stored with its {@code {argon2}} prefix so that stronger parameters can be added later and old hashes
     * still verified.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    Clock accountsClock() {
        return Clock.systemUTC();
    }
}
