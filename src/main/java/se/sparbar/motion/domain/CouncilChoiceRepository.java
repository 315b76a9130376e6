package se.sparbar.motion.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilChoiceRepository extends JpaRepository<CouncilChoice, Long> {
}
