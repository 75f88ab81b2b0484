package org.plenum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Plenum {
    public static void main(String[] args) {
        SpringApplication.run(Plenum.class, args);
    }
}
