package se.sparbar.files.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachedFileContentRepository extends JpaRepository<AttachedFileContent, Long> {
}
