package se.sparbar.document.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {
}
