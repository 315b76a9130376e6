package se.sparbar.referral.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findByCaseIdOrderBySentOnAscIdAsc(long caseId);

    boolean existsByCaseIdAndBodyIdAndStatus(long caseId, long bodyId, String status);

    @Query("select r from Referral r where r.status = 'PENDING' and r.dueOn < :today order by r.dueOn, r.id")
    List<Referral> findOverdue(LocalDate today, org.springframework.data.domain.Pageable page);
}
