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

    /**
     * A governing document in the register, in named parts: what it is and who owns it, its {@link Adoption}, its
     * {@link Review} and its {@link Succession} (what it replaced, what replaced it, when it ended). The flat accessors
     * read through to the parts, so pages keep writing {@code doc.nextReviewOn}.
     */
    public record Entry(long id, DocumentType type, String title, long ownerBodyId, String owner, DocumentStatus status, long version,
                        Adoption adoption, Review review, Succession succession) {

        /** Where and when it was adopted (the paragraph, when recorded here), and from when it applies. */
        public record Adoption(String adoptedReference, LocalDate adoptedOn, LocalDate validFrom, Long adoptedByParagraphId) {
        }

        /** How often it is to be reviewed, and when next. */
        public record Review(Integer reviewIntervalMonths, LocalDate nextReviewOn) {
        }

        /** The document it replaced, the one that replaced it, and when (and by which paragraph) it ended. */
        public record Succession(Long replacesId, String replacesTitle, Long replacedById, String replacedByTitle, LocalDate endedOn,
                                 Long endedByParagraphId) {
        }

        public String adoptedReference() {
            return adoption.adoptedReference();
        }

        public LocalDate adoptedOn() {
            return adoption.adoptedOn();
        }

        public LocalDate validFrom() {
            return adoption.validFrom();
        }

        public Long adoptedByParagraphId() {
            return adoption.adoptedByParagraphId();
        }

        public Integer reviewIntervalMonths() {
            return review.reviewIntervalMonths();
        }

        public LocalDate nextReviewOn() {
            return review.nextReviewOn();
        }

        public Long replacesId() {
            return succession.replacesId();
        }

        public String replacesTitle() {
            return succession.replacesTitle();
        }

        public Long replacedById() {
            return succession.replacedById();
        }

        public String replacedByTitle() {
            return succession.replacedByTitle();
        }

        public LocalDate endedOn() {
            return succession.endedOn();
        }

        public Long endedByParagraphId() {
            return succession.endedByParagraphId();
        }
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
        var adoption = new Entry.Adoption(rs.getString("adopted_reference"), rs.getObject("adopted_on", LocalDate.class),
                rs.getObject("valid_from", LocalDate.class), (Long) rs.getObject("adopted_by_paragraph_id", Long.class));
        var review = new Entry.Review((Integer) rs.getObject("review_interval_months", Integer.class),
                rs.getObject("next_review_on", LocalDate.class));
        var succession = new Entry.Succession((Long) rs.getObject("replaces_id", Long.class), rs.getString("replaces_title"),
                (Long) rs.getObject("replaced_by_id", Long.class), rs.getString("replaced_by_title"),
                rs.getObject("ended_on", LocalDate.class), (Long) rs.getObject("ended_by_paragraph_id", Long.class));
        return new Entry(rs.getLong("id"), DocumentType.valueOf(rs.getString("doc_type")), rs.getString("title"),
                rs.getLong("owner_body_id"), rs.getString("owner"), DocumentStatus.valueOf(rs.getString("status")),
                rs.getLong("version"), adoption, review, succession);
    }
}
