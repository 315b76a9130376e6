package se.sparbar.audit.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import se.sparbar.audit.SecurityEventKind;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    Page<SecurityEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

    long countByKindAndUsername(SecurityEventKind kind, String username);
}
