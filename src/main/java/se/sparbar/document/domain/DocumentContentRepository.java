package se.sparbar.document.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentContentRepository extends JpaRepository<DocumentContent, Long> {
}
