package se.sparbar.registry.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import se.sparbar.files.AttachedFiles;
import se.sparbar.files.RejectedFileException;
import se.sparbar.registry.IncomingDocuments;

/** The files of a registration form (field {@code file}, several allowed). */
final class Uploads {

    private Uploads() {
    }

    /** The chosen files (a browser sends one empty part when none is chosen); too many or too large ones are field errors. */
    static List<AttachedFiles.NewFile> of(List<MultipartFile> files, BindingResult errors) {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> f != null && !(f.isEmpty() && (f.getOriginalFilename() == null
                        || f.getOriginalFilename().isBlank()))).toList();
        if (chosen.size() > IncomingDocuments.MAX_FILES) {
            errors.rejectValue("file", "incoming.error.tooManyFiles", new Object[] {IncomingDocuments.MAX_FILES}, null);
            return List.of();
        }
        List<AttachedFiles.NewFile> uploads = new ArrayList<>();
        for (MultipartFile file : chosen) {
            if (file.getSize() > AttachedFiles.MAX_BYTES) {
                errors.rejectValue("file", "files.error." + RejectedFileException.Reason.TOO_LARGE.name());
                return List.of();
            }
            try {
                uploads.add(new AttachedFiles.NewFile(null, file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                errors.rejectValue("file", "files.error." + RejectedFileException.Reason.EMPTY.name());
                return List.of();
            }
        }
        return uploads;
    }

}
