package org.plenum.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * H2's AUTO_SERVER (which lets a CLI command and a running server share the embedded database) starts a TCP server
 * that listens on every interface. H2 binds its servers to the address in the system property {@code h2.bindAddress}
 * instead, and writes that address in the lock file for the other processes: set to the loopback address here, before
 * H2 reads its settings (when the first database is opened), unless the operator chose another one (decision 0021).
 */
public class LoopbackOnlyH2 implements EnvironmentPostProcessor {

    static final String BIND_ADDRESS = "h2.bindAddress";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
    }
}
