package se.sparbar.notification.domain;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The demo's own SMTP server (GreenMail, in the JVM): the demo sends its notifications here, and the
 * admin page "Demo mail" shows them, so that a newcomer sees them without a mail server.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoMailServer {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail demoSmtpServer(@Value("${spring.mail.port:3025}") int port) {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
