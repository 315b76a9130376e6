package se.sparbar.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.sparbar.TestRequests.asAdmin;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

@IntegrationTest
class SettingsAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Settings settings;

    @Test
    void invalidFormatsAndNumbersAreFieldErrorsWithTheInputKept() throws Exception {
        MunicipalitySettings before = settings.current();
        mvc.perform(asAdmin(post("/admin/settings"))
                        .param("name", before.name())
                        .param("caseNumberFormat", "KS {yyyy}")
                        .param("motionTimeLimitMonths", "tolv")
                        .param("appealPeriodDays", "0")
                        .param("agendaPublicDaysBefore", "61")
                        .param("followUpSchedule", "31/8")
                        .param("reportReminderDays", "91")
                        .param("version", Long.toString(before.version())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "caseNumberFormat", "settings.caseNumberFormat.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "motionTimeLimitMonths", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("form", "appealPeriodDays", "Min"))
                .andExpect(model().attributeHasFieldErrorCode("form", "agendaPublicDaysBefore", "Max"))
                .andExpect(model().attributeHasFieldErrorCode("form", "followUpSchedule", "settings.followUpSchedule.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "reportReminderDays", "Max"))
                .andExpect(model().attribute("form", Matchers.hasProperty("caseNumberFormat", Matchers.is("KS {yyyy}"))));
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void savesValidSettingsAndRefusesAStaleVersion() throws Exception {
        MunicipalitySettings before = settings.current();
        try {
            mvc.perform(asAdmin(post("/admin/settings"))
                            .param("name", before.name())
                            .param("caseNumberFormat", "KS {yyyy}/{seq}")
                            .param("motionTimeLimitMonths", "12")
                            .param("appealPeriodDays", "14")
                            .param("agendaPublicDaysBefore", "7")
                            .param("followUpSchedule", "04-30,10-31")
                            .param("reportReminderDays", "10")
                            .param("version", Long.toString(before.version())))
                    .andExpect(redirectedUrl("/admin/settings"));
            MunicipalitySettings after = settings.current();
            assertThat(after.reportReminderDays()).isEqualTo(10);
            assertThat(after.caseNumberFormat().format(2024, 339)).isEqualTo("KS 2024/339");
            assertThat(after.appealPeriodDays()).isEqualTo(14);

            mvc.perform(asAdmin(post("/admin/settings"))
                            .param("name", "Gammal version")
                            .param("caseNumberFormat", "KS {yyyy}/{seq}")
                            .param("motionTimeLimitMonths", "12")
                            .param("appealPeriodDays", "21")
                            .param("agendaPublicDaysBefore", "7")
                            .param("followUpSchedule", "08-31")
                            .param("reportReminderDays", "14")
                            .param("version", Long.toString(before.version())))
                    .andExpect(status().isConflict());
            assertThat(settings.current().name()).isEqualTo(before.name());
        } finally {
            MunicipalitySettings current = settings.current();
            settings.change(new SettingsChange(before.name(), before.caseNumberFormat().template(), before.motionTimeLimitMonths(),
                    before.appealPeriodDays(), before.agendaPublicDaysBefore(), before.followUpSchedule().text(), before.reportReminderDays(),
                    current.version()));
        }
    }

    @Test
    void aPaddedSequenceAsTheHelpTextSuggestsIsSavedAndUsed() throws Exception {
        MunicipalitySettings before = settings.current();
        try {
            mvc.perform(asAdmin(post("/admin/settings"))
                            .param("name", before.name())
                            .param("caseNumberFormat", "KS {yyyy}/{seq:4}")
                            .param("motionTimeLimitMonths", "12")
                            .param("appealPeriodDays", "14")
                            .param("agendaPublicDaysBefore", "7")
                            .param("followUpSchedule", "04-30,10-31")
                            .param("reportReminderDays", "14")
                            .param("version", Long.toString(before.version())))
                    .andExpect(redirectedUrl("/admin/settings"));
            assertThat(settings.current().caseNumberFormat().format(2024, 7)).isEqualTo("KS 2024/0007");
            mvc.perform(asAdmin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/settings")))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(Matchers.containsString("/0001")));
        } finally {
            MunicipalitySettings current = settings.current();
            settings.change(new SettingsChange(before.name(), before.caseNumberFormat().template(), before.motionTimeLimitMonths(),
                    before.appealPeriodDays(), before.agendaPublicDaysBefore(), before.followUpSchedule().text(), before.reportReminderDays(),
                    current.version()));
        }
    }
}
