package se.sparbar.organisation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartyRepository extends JpaRepository<Party, Long> {

    List<Party> findAllByOrderByAbbreviation();

    boolean existsByAbbreviationIgnoreCase(String abbreviation);

    boolean existsByAbbreviationIgnoreCaseAndIdNot(String abbreviation, Long id);
}
