package se.sparbar.motion.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilChoiceRepository extends JpaRepository<CouncilChoice, Long> {
}
