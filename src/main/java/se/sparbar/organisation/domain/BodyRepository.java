package se.sparbar.organisation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BodyRepository extends JpaRepository<Body, Long> {

    List<Body> findAllByOrderByName();

    List<Body> findByActiveTrueOrderByName();

    boolean existsByAbbreviationIgnoreCase(String abbreviation);

    java.util.Optional<Body> findByAbbreviationIgnoreCase(String abbreviation);

    boolean existsByAbbreviationIgnoreCaseAndIdNot(String abbreviation, Long id);
}
