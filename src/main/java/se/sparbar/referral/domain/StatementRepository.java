package se.sparbar.referral.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatementRepository extends JpaRepository<Statement, Long> {

    Optional<Statement> findByReferralId(long referralId);

    List<Statement> findByReferralIdIn(Collection<Long> referralIds);
}
