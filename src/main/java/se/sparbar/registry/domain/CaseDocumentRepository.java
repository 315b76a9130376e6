package se.sparbar.registry.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {
}
