package se.sparbar.actionplan.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemLinkRepository extends JpaRepository<ItemLink, Long> {

    boolean existsByItemIdAndParagraphId(long itemId, long paragraphId);

    boolean existsByItemIdAndCaseId(long itemId, long caseId);
}
