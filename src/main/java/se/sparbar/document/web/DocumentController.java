package se.sparbar.document.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.sparbar.document.DocumentSummary;
import se.sparbar.document.Documents;
import se.sparbar.shared.NotFoundException;

/** Serves a stored PDF to logged-in users. */
@Controller
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        DocumentSummary document = documents.find(id).orElseThrow(() -> new NotFoundException("Document", id));
        byte[] content = documents.content(id).orElseThrow(() -> new NotFoundException("Document", id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
