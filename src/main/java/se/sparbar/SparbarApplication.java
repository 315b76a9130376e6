package se.sparbar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SparbarApplication {

    public static void main(String[] args) {
        SpringApplication.run(SparbarApplication.class, args);
    }
}
