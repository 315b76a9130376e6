package se.sparbar.registry.domain;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.files.AttachedFiles;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.DocumentRegistered;
import se.sparbar.registry.DocumentType;
import se.sparbar.registry.IncomingDocument;
import se.sparbar.registry.IncomingDocuments;
import se.sparbar.registry.NewDocument;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.NotFoundException;

/** Registers incoming documents onto cases with their files (the registry's {@link IncomingDocuments}). */
@Service
class DocumentRegister implements IncomingDocuments {

    private final CaseFileRepository cases;
    private final CaseDocumentRepository documents;
    private final AttachedFiles files;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentRegister(CaseFileRepository cases, CaseDocumentRepository documents, AttachedFiles files, JdbcClient jdbc,
                     ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.files = files;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IncomingDocument register(long caseId, NewDocument request, List<AttachedFiles.NewFile> uploads) {
        CaseSummary owner = cases.findById(caseId).map(CaseFile::toSummary).orElseThrow(() -> new NotFoundException("Case", caseId));
        Instant now = Instant.now(clock);
        if (request.receivedOn().isAfter(LocalDate.now(clock))) {
            throw new FieldRefusedException("receivedOn", "case.register.receivedInFuture");
        }
        if (uploads.size() > MAX_FILES) {
            throw new FieldRefusedException("file", "incoming.error.tooManyFiles", MAX_FILES);
        }
        CaseDocument document = documents.saveAndFlush(new CaseDocument(caseId, request.type(), request.sender(), request.receivedOn(),
                request.summary(), now, request.registeredBy()));
        List<Long> fileIds = new ArrayList<>();
        for (AttachedFiles.NewFile upload : uploads) {
            long fileId = files.attach(AttachedFiles.Owner.ofCase(caseId), upload, request.registeredBy()).id();
            jdbc.sql("insert into case_document_file (document_id, file_id) values (:document, :file)")
                    .param("document", document.getId()).param("file", fileId).update();
            fileIds.add(fileId);
        }
        events.publishEvent(new DocumentRegistered(caseId, document.getId(), request.type(), document.getSender(), request.receivedOn(),
                document.getSummary(), owner.ownerBodyId(), fileIds.size(), now, request.registeredBy()));
        return new IncomingDocument(document.getId(), caseId, request.type(), document.getSender(), request.receivedOn(),
                document.getSummary(), now, List.copyOf(fileIds));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncomingDocument> ofCase(long caseId) {
        return jdbc.sql("""
                        select d.id, d.case_id, d.document_type, d.sender, d.received_on, d.summary, d.registered_at,
                               array_remove(array_agg(f.file_id order by f.file_id), null) as file_ids
                        from case_document d left join case_document_file f on f.document_id = d.id
                        where d.case_id = :case
                        group by d.id
                        order by d.received_on, d.id""")
                .param("case", caseId)
                .query((rs, n) -> new IncomingDocument(rs.getLong("id"), rs.getLong("case_id"), DocumentType.valueOf(rs.getString("document_type")),
                        rs.getString("sender"), rs.getObject("received_on", LocalDate.class), rs.getString("summary"),
                        rs.getObject("registered_at", java.time.OffsetDateTime.class).toInstant(), ids(rs.getArray("file_ids"))))
                .list();
    }

    private static List<Long> ids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Long[]) array.getArray()).toList();
    }
}
