package se.sparbar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The SMTP ports of the tests, free ports chosen when the JVM starts (never a fixed number, so two test JVMs
 * on one machine, or a test JVM and a running demo, cannot collide). Every test context's {@code spring.mail.port}
 * is {@link #PORT}, where the mail tests start their GreenMail; a context with the demo profile starts its own
 * embedded GreenMail, so it gets a free port of its own instead. Registered in {@code META-INF/spring.factories}, and
 * with it every context's clock ({@link TestClock}).
 */
public final class TestSmtpPorts implements ContextCustomizerFactory {

    /** The port the tests' GreenMail listens on and every non-demo test context sends to. */
    public static final int PORT = freePort();

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test SMTP server", e);
        }
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** Equal to every other one, so contexts are still cached and shared as before. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            boolean demo = Arrays.asList(config.getActiveProfiles()).contains("demo");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testSmtpPort",
                    Map.of("spring.mail.port", demo ? freePort() : PORT)));
            TestClock.registerIn(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
