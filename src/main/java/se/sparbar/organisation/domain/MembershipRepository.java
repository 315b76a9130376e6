package se.sparbar.organisation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.body where m.person.id = :personId order by m.validFrom desc, m.id")
    List<Membership> findByPerson(Long personId);

    @Query("select m from Membership m join fetch m.body join fetch m.person where m.id = :id and m.person.id = :personId")
    Optional<Membership> findOfPerson(Long personId, Long id);

    @Query("""
            select m from Membership m join fetch m.person p left join fetch p.party
            where m.body.id = :bodyId and m.validFrom <= :on and (m.validTo is null or m.validTo >= :on)
            order by p.lastName, p.firstName""")
    List<Membership> findValidInBody(Long bodyId, java.time.LocalDate on);

    @Query("""
            select m from Membership m join fetch m.person p left join fetch p.party
            where m.body.id = :bodyId order by m.validFrom desc, p.lastName, p.firstName""")
    List<Membership> findAllInBody(Long bodyId);
}
