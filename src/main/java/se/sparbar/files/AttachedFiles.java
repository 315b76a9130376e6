package se.sparbar.files;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The files module's API: the files attached to a record, for the page that shows the record, and
 * attaching one (the bytes are checked before anything is stored).
 */
public interface AttachedFiles {

    /** The largest file accepted: 20 MB (the server refuses requests far beyond it with the 413 page). */
    int MAX_BYTES = 20 * 1024 * 1024;

    /** What a file can be attached to. */
    enum OwnerKind { CASE, MOTION, PARAGRAPH, AGENDA_ITEM }

    record Owner(OwnerKind kind, long id) {

        public static Owner ofCase(long id) { return new Owner(OwnerKind.CASE, id); }

        public static Owner ofMotion(long id) { return new Owner(OwnerKind.MOTION, id); }

        public static Owner ofParagraph(long id) { return new Owner(OwnerKind.PARAGRAPH, id); }

        public static Owner ofAgendaItem(long id) { return new Owner(OwnerKind.AGENDA_ITEM, id); }
    }

    /** Who reads: a logged-in account (or none), and whether it is staff (clerk, official, administrator). */
    record Reader(OptionalLong accountId, boolean staff) {

        public static final Reader PUBLIC = new Reader(OptionalLong.empty(), false);
    }

    /** A file as a list shows it (never its bytes). */
    record FileView(long id, Owner owner, String name, String fileName, String mediaType, int sizeBytes, String sha512,
                    Instant createdAt, Instant modifiedAt, boolean deleted, Instant deletedAt) {

        /** A short type for lists: "PDF", "DOCX", … */
        public String typeLabel() {
            return FileKinds.label(mediaType);
        }

        /** The size as people read it: "12 kB", "1,4 MB" (decimal units, one decimal above 1 MB). */
        public String sizeLabel() {
            return FileKinds.size(sizeBytes);
        }

        public String href() {
            return "/files/" + id;
        }
    }

    /** A file to attach as it was uploaded: the name shown (may be blank: the file name is used), the file name, the bytes. */
    record NewFile(String name, String fileName, byte[] content) {
    }

    /**
     * Checks a file as {@link #attach} would, storing nothing: for forms that check every file before
     * they store any.
     *
     * @return the media type the bytes are
     * @throws RejectedFileException for an empty, oversize or unsupported file
     */
    String check(NewFile file);

    /** The owner's files in upload order; depublished files only when asked for (staff pages mark them). */
    List<FileView> of(Owner owner, boolean includeDepublished);

    /** The files of many owners of one kind, with one statement (list pages). */
    Map<Long, List<FileView>> ofAll(OwnerKind kind, Collection<Long> ownerIds, boolean includeDepublished);

    /**
     * Whether the account may attach a file to the owner: a clerk to a case, a paragraph and a
     * submitted motion; the filer or first signatory to her own draft motion.
     */
    boolean mayAttach(Owner owner, long accountId, boolean clerk);

    /**
     * Attaches a file on behalf of an account (no permission check here: the web layer and the
     * demo loader decide who may). The type is detected from the bytes.
     *
     * @throws RejectedFileException for an empty, oversize or unsupported file; nothing is stored
     */
    FileView attach(Owner owner, NewFile file, long accountId);
}
