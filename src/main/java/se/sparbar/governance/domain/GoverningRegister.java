package se.sparbar.governance.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.governance.DocumentStatus;
import se.sparbar.governance.DocumentType;

/** Reads the register: one statement per list, with what each document replaces and is replaced by. */
@Service
@Transactional(readOnly = true)
public class GoverningRegister implements se.sparbar.governance.ParagraphDocuments {

    public record Entry(long id, DocumentType type, String title, long ownerBodyId, String owner, String adoptedReference,
                        LocalDate adoptedOn, LocalDate validFrom, Integer reviewIntervalMonths, LocalDate nextReviewOn,
                        DocumentStatus status, Long replacesId, String replacesTitle, Long replacedById,
                        String replacedByTitle, LocalDate endedOn, long version, Long adoptedByParagraphId, Long endedByParagraphId) {
    }

    public record Filter(DocumentStatus status, DocumentType type, Long ownerBodyId) {
    }

    private static final String SELECT = """
            select g.id, g.doc_type, g.title, g.owner_body_id, b.name as owner, g.adopted_reference, g.adopted_on, g.valid_from,
                   g.review_interval_months, g.next_review_on, g.status, g.replaces_id, r.title as replaces_title,
                   n.id as replaced_by_id, n.title as replaced_by_title, g.ended_on, g.version,
                   g.adopted_by_paragraph_id, g.ended_by_paragraph_id
            from governing_document g
            join organisation_body_v b on b.id = g.owner_body_id
            left join governing_document r on r.id = g.replaces_id
            left join governing_document n on n.replaces_id = g.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    GoverningRegister(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> list(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>(List.of("true"));
        if (filter.status() != null) {
            conditions.add("g.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.type() != null) {
            conditions.add("g.doc_type = :type");
            params.addValue("type", filter.type().name());
        }
        if (filter.ownerBodyId() != null) {
            conditions.add("g.owner_body_id = :owner");
            params.addValue("owner", filter.ownerBodyId());
        }
        return jdbc.query(SELECT + " where " + String.join(" and ", conditions) + " order by lower(g.title), g.valid_from desc, g.id",
                params, GoverningRegister::entry);
    }

    /** Documents in force whose review falls in the period, soonest first (seed 003's compilation). */
    public List<Entry> dueForReview(LocalDate from, LocalDate to) {
        return jdbc.query(SELECT + " where g.status = 'IN_FORCE' and g.next_review_on between :from and :to order by g.next_review_on, g.id",
                new MapSqlParameterSource("from", from).addValue("to", to), GoverningRegister::entry);
    }

    /** The documents these minutes paragraphs adopted or ended, in one statement. */
    public List<Entry> byParagraphs(java.util.Collection<Long> paragraphIds) {
        if (paragraphIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + " where g.adopted_by_paragraph_id in (:ids) or g.ended_by_paragraph_id in (:ids) order by g.adopted_on, g.id",
                new MapSqlParameterSource("ids", paragraphIds), GoverningRegister::entry);
    }

    @Override
    public List<DocumentOfParagraph> adoptedOrEndedBy(java.util.Collection<Long> paragraphIds) {
        return byParagraphs(paragraphIds).stream().map(e -> new DocumentOfParagraph(e.id(), e.title(), e.status(), e.replacesTitle())).toList();
    }

    public Optional<Entry> find(long id) {
        return jdbc.query(SELECT + " where g.id = :id", new MapSqlParameterSource("id", id), GoverningRegister::entry)
                .stream().findFirst();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), DocumentType.valueOf(rs.getString("doc_type")), rs.getString("title"),
                rs.getLong("owner_body_id"), rs.getString("owner"), rs.getString("adopted_reference"),
                rs.getObject("adopted_on", LocalDate.class), rs.getObject("valid_from", LocalDate.class),
                (Integer) rs.getObject("review_interval_months", Integer.class), rs.getObject("next_review_on", LocalDate.class),
                DocumentStatus.valueOf(rs.getString("status")), (Long) rs.getObject("replaces_id", Long.class),
                rs.getString("replaces_title"), (Long) rs.getObject("replaced_by_id", Long.class), rs.getString("replaced_by_title"),
                rs.getObject("ended_on", LocalDate.class), rs.getLong("version"), (Long) rs.getObject("adopted_by_paragraph_id", Long.class),
                (Long) rs.getObject("ended_by_paragraph_id", Long.class));
    }
}
