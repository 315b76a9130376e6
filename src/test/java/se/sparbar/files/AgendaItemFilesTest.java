package se.sparbar.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sparbar.IntegrationTest;

/**
 * A clerk attaches files to the agenda items of a planned meeting; the public meeting page lists them
 * per item once the agenda is published (the setting's days before the meeting), never before — and
 * neither does /files/{id} serve them before; staff read them all along.
 */
@IntegrationTest
class AgendaItemFilesTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A planned KS meeting {@code days} from now with one agenda item; returns {meeting, item}. */
    long[] plannedMeetingWithItem(int days, String title) {
        long ks = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        long meeting = jdbc.queryForObject("""
                insert into meeting (body_id, starts_at, place, status) values (?, ?, 'Sal B', 'PLANNED')
                returning id""", Long.class, ks, java.time.OffsetDateTime.now(clock).plusDays(days));
        long item = jdbc.queryForObject("insert into agenda_item (meeting_id, ordinal, kind, title) values (?, 1, 'INFORMATION', ?) returning id",
                Long.class, meeting, title);
        return new long[] {meeting, item};
    }

    String page(long meeting, RequestPostProcessor... who) throws Exception {
        var request = get("/meetings/" + meeting);
        for (RequestPostProcessor p : who) {
            request.with(p);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAgendaItemsFilesArePublicWithTheAgendaAndNotBefore() throws Exception {
        long[] ids = plannedMeetingWithItem(30, "Information om budgetläget");
        long meeting = ids[0];
        long item = ids[1];
        mvc.perform(get("/agenda-items/" + item + "/files/new").with(as("clerk"))).andExpect(status().isOk());
        String staffPage = page(meeting, as("clerk"));
        assertThat(staffPage).contains("/agenda-items/" + item + "/files/new");

        var file = new MockMultipartFile("file", "Budgetläget.pdf", "application/pdf", TestPdfs.pdf(1, "Budgetläget november"));
        String redirect = mvc.perform(multipart("/agenda-items/" + item + "/files").file(file).param("name", "Budgetläget i november")
                        .with(csrf()).with(as("clerk")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).isEqualTo("/meetings/" + meeting + "#agenda-item-" + item);
        long fileId = jdbc.queryForObject("select id from attached_file where agenda_item_id = ?", Long.class, item);
        assertThat(jdbc.queryForObject("select owner_kind from attached_file where id = ?", String.class, fileId)).isEqualTo("AGENDA_ITEM");

        // 30 days before the meeting (the agenda is published 7 days before): staff see it, nobody else
        assertThat(page(meeting, as("clerk"))).contains("Budgetläget i november", "/files/" + fileId);
        mvc.perform(get("/files/" + fileId).with(as("clerk"))).andExpect(status().isOk());
        assertThat(page(meeting)).doesNotContain("Budgetläget i november", "/files/" + fileId);
        assertThat(page(meeting, as("councillor"))).doesNotContain("Budgetläget i november", "/files/" + fileId);
        mvc.perform(get("/files/" + fileId)).andExpect(status().isNotFound());
        mvc.perform(get("/files/" + fileId + "/download")).andExpect(status().isNotFound());
        mvc.perform(get("/files/" + fileId).with(as("councillor"))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select audience from search_entry where kind = 'FILE' and record_id = ?", String.class, fileId))
                .isEqualTo("STAFF");

        // cancelled before its agenda was published: still not public
        jdbc.update("update meeting set status = 'CANCELLED', cancelled_at = ?, cancellation_reason = 'Inställt' where id = ?",
                java.time.OffsetDateTime.now(clock), meeting);
        mvc.perform(get("/files/" + fileId)).andExpect(status().isNotFound());
        jdbc.update("update meeting set status = 'PLANNED', cancelled_at = null, cancellation_reason = null where id = ?", meeting);

        // 3 days before the meeting the agenda is public, and with it the item's files
        jdbc.update("update meeting set starts_at = ? where id = ?", java.time.OffsetDateTime.now(clock).plusDays(3), meeting);
        String publicPage = page(meeting);
        String itemHtml = publicPage.substring(publicPage.indexOf("id=\"agenda-item-" + item + "\""));
        itemHtml = itemHtml.substring(0, itemHtml.indexOf("</li>\n"));
        assertThat(itemHtml).contains("Information om budgetläget", "Budgetläget i november", "href=\"/files/" + fileId + "\"", "PDF");
        mvc.perform(get("/files/" + fileId)).andExpect(status().isOk());
        assertThat(page(meeting, as("councillor"))).contains("Budgetläget i november");
    }

    @Test
    void onlyAClerkAttachesAndAnUnknownItemIsNotFound() throws Exception {
        long item = plannedMeetingWithItem(20, "Val av ombud")[1];
        var file = new MockMultipartFile("file", "Valberedning.pdf", "application/pdf", TestPdfs.pdf(1, "Valberedningens förslag"));
        mvc.perform(get("/agenda-items/" + item + "/files/new")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/agenda-items/" + item + "/files/new").with(as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/agenda-items/" + item + "/files").file(file).with(csrf()).with(as("councillor")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/agenda-items/" + item + "/files").file(file).with(as("clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/agenda-items/999999999/files/new").with(as("clerk"))).andExpect(status().isNotFound());
        var fake = new MockMultipartFile("file", "fel.pdf", "application/pdf", "inte en pdf".getBytes(StandardCharsets.UTF_8));
        String refused = mvc.perform(multipart("/agenda-items/" + item + "/files").file(fake).with(csrf()).with(as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"file-error\"");
        assertThat(jdbc.queryForObject("select count(*) from attached_file where agenda_item_id = ?", Integer.class, item)).isZero();
    }
}
