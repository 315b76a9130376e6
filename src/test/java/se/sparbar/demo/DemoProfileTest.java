package se.sparbar.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The README's run command uses the demo profile: the application must start with it (it once
 * failed on two beans of one name), with its own mail server, and serve the start page.
 */
@SpringBootTest(properties = "sparbar.embedded-database.database=sparbar_demo_profile")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoProfileTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoStartsWithItsOwnMailServerAndServesTheStartPage() throws Exception {
        GreenMail mail = context.getBean(GreenMail.class);
        // on a free port of its own (se.sparbar.TestSmtpPorts): not the demo's 3025, not the other tests' server
        assertThat(mail.getSmtp().getPort()).isEqualTo(context.getEnvironment().getProperty("spring.mail.port", Integer.class))
                .isNotIn(3025, se.sparbar.TestSmtpPorts.PORT);
        assertThat(mail.getSmtp().isRunning()).isTrue();
        mvc.perform(get("/")).andExpect(status().isOk());
    }
}
