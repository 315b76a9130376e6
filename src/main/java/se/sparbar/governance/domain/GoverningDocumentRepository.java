package se.sparbar.governance.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoverningDocumentRepository extends JpaRepository<GoverningDocument, Long> {

    Optional<GoverningDocument> findByReplacesId(long replacesId);
}
