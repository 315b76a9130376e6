package se.sparbar.files.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.files.AttachedFiles;
import se.sparbar.shared.GoneException;
import se.sparbar.shared.NotFoundException;

/** Stores, reads and depublishes attached files (the module's {@link AttachedFiles}, and what its pages need). */
@Service
public class FileStore implements AttachedFiles {

    /** What the files module knows of an owner: its title and reference, whether it is public, a draft's authors. */
    public record OwnerInfo(Owner owner, String title, String reference, String href, boolean publicOwner, boolean draft,
                            Long filedBy, Long signatoryAccount) {

        boolean isAuthor(long accountId) {
            return Objects.equals(filedBy, accountId) || Objects.equals(signatoryAccount, accountId);
        }
    }

    /** A file with its bytes, for a reader who may have them. */
    public record Download(FileView file, byte[] content) {
    }

    public enum UploadRight { ALLOWED, FORBIDDEN, NOT_FOUND }

    private final AttachedFileRepository files;
    private final AttachedFileContentRepository contents;
    private final FileOwners owners;
    private final JdbcClient jdbc;
    private final Clock clock;

    FileStore(AttachedFileRepository files, AttachedFileContentRepository contents, FileOwners owners, JdbcClient jdbc, Clock clock) {
        this.files = files;
        this.contents = contents;
        this.owners = owners;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FileView> of(Owner owner, boolean includeDepublished) {
        return ofAll(owner.kind(), List.of(owner.id()), includeDepublished).getOrDefault(owner.id(), List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<FileView>> ofAll(OwnerKind kind, Collection<Long> ownerIds, boolean includeDepublished) {
        Map<Long, List<FileView>> byOwner = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return byOwner;
        }
        List<AttachedFile> found = switch (kind) {
            case CASE -> files.ofCases(ownerIds);
            case MOTION -> files.ofMotions(ownerIds);
            case PARAGRAPH -> files.ofParagraphs(ownerIds);
            case AGENDA_ITEM -> files.ofAgendaItems(ownerIds);
        };
        for (AttachedFile file : found) {
            if (includeDepublished || !file.isDeleted()) {
                byOwner.computeIfAbsent(file.owner().id(), k -> new java.util.ArrayList<>()).add(file.toView());
            }
        }
        return byOwner;
    }

    @Override
    public String check(NewFile file) {
        return FileContents.check(file.content(), fileName(file.fileName()));
    }

    @Override
    @Transactional
    public FileView attach(Owner owner, NewFile upload, long accountId) {
        String fileName = fileName(upload.fileName());
        String mediaType = FileContents.check(upload.content(), fileName);
        owners.find(owner).orElseThrow(() -> new NotFoundException(owner.kind().name(), owner.id()));
        byte[] content = upload.content();
        String name = upload.name() == null || upload.name().isBlank() ? fileName : clean(upload.name(), 300);
        AttachedFile file = files.saveAndFlush(new AttachedFile(owner, name, fileName, mediaType, content.length,
                FileContents.sha512(content), Instant.now(clock), accountId));
        contents.save(new AttachedFileContent(file.getId(), content));
        String text = FileContents.text(content, mediaType);
        if (text != null) {
            jdbc.sql("update attached_file set extracted_text = :text where id = :id").param("text", text).param("id", file.getId()).update();
        }
        return file.toView();
    }

    /** The owner as the upload page names it. */
    @Transactional(readOnly = true)
    public OwnerInfo owner(Owner owner) {
        return owners.find(owner).orElseThrow(() -> new NotFoundException(owner.kind().name(), owner.id()));
    }

    /**
     * Whether an account may attach a file to the owner: a clerk to a case, a paragraph and a submitted
     * motion; the filer or first signatory to her own draft. Where the account may not even read the
     * owner (someone else's draft), the owner does not exist for it.
     */
    @Transactional(readOnly = true)
    public UploadRight uploadRight(Owner owner, long accountId, boolean clerk) {
        var info = owners.find(owner);
        if (info.isEmpty()) {
            return UploadRight.NOT_FOUND;
        }
        if (info.get().draft()) {
            return info.get().isAuthor(accountId) ? UploadRight.ALLOWED : UploadRight.NOT_FOUND;
        }
        return clerk ? UploadRight.ALLOWED : UploadRight.FORBIDDEN;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayAttach(Owner owner, long accountId, boolean clerk) {
        return uploadRight(owner, accountId, clerk) == UploadRight.ALLOWED;
    }

    /** A file for a reader: 404 when the reader may not see its owner, 410 once depublished. */
    @Transactional(readOnly = true)
    public Download read(long id, Reader reader) {
        FileView file = visible(id, reader);
        if (file.deleted()) {
            throw new GoneException("File", id);
        }
        byte[] content = contents.findById(id).map(AttachedFileContent::getContent).orElseThrow(() -> new NotFoundException("File", id));
        return new Download(file, content);
    }

    /** A file's description for a reader who may see its owner (depublished files too), else 404. */
    @Transactional(readOnly = true)
    public FileView visible(long id, Reader reader) {
        AttachedFile file = files.findById(id).orElseThrow(() -> new NotFoundException("File", id));
        OwnerInfo owner = owners.find(file.owner()).orElseThrow(() -> new NotFoundException("File", id));
        if (!FileOwners.mayRead(owner, reader)) {
            throw new NotFoundException("File", id);
        }
        return file.toView();
    }

    /** The file a document of the older store became (V30), by the document's id. */
    @Transactional(readOnly = true)
    public java.util.OptionalLong formerDocument(long documentId) {
        return jdbc.sql("select file_id from attached_file_former_document where id = :id").param("id", documentId)
                .query(Long.class).optional().map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
    }

    /** The version a depublish form carries (optimistic locking). */
    @Transactional(readOnly = true)
    public long version(long id) {
        return files.findById(id).map(AttachedFile::getVersion).orElseThrow(() -> new NotFoundException("File", id));
    }

    /**
     * Depublishes a file with the reason (kept in the audit trail): it answers 410 from now on, and
     * leaves search and the public lists in this transaction.
     */
    @Transactional
    public FileView depublish(long id, String reason, long expectedVersion) {
        AttachedFile file = files.findById(id).orElseThrow(() -> new NotFoundException("File", id));
        if (file.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AttachedFile.class, id);
        }
        file.depublish(clean(reason, 1000), Instant.now(clock));
        files.flush();
        return file.toView();
    }

    /** A file name without a path (browsers may send "C:\…\x.pdf") or control characters, at most 255 characters. */
    static String fileName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "fil";
        }
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - extension.length()) + extension;
        }
        return name;
    }

    private static String clean(String text, int max) {
        String cleaned = text.replaceAll("[\\p{Cntrl}&&[^\\n]]", "").strip();
        return cleaned.length() > max ? cleaned.substring(0, max) : cleaned;
    }
}
