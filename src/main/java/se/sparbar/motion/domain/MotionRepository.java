package se.sparbar.motion.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MotionRepository extends JpaRepository<Motion, Long> {

    /** For a state change: the row is locked so that two clerks cannot register the same motion twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Motion m where m.id = :id")
    Optional<Motion> findForUpdate(Long id);

    Optional<Motion> findByCaseId(Long caseId);

    @Query("select m from Motion m where m.status = se.sparbar.motion.MotionStatus.PREPARED and m.addressedBodyId = :bodyId and m.caseId is not null order by m.id")
    java.util.List<Motion> findPreparedFor(long bodyId);
}
