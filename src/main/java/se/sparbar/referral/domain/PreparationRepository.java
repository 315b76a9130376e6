package se.sparbar.referral.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PreparationRepository extends JpaRepository<Preparation, Long> {

    Optional<Preparation> findByCaseId(long caseId);
}
