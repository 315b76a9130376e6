package se.sparbar.files.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachedFileRepository extends JpaRepository<AttachedFile, Long> {

    @Query("select f from AttachedFile f where f.caseId in :ids order by f.id")
    List<AttachedFile> ofCases(Collection<Long> ids);

    @Query("select f from AttachedFile f where f.motionId in :ids order by f.id")
    List<AttachedFile> ofMotions(Collection<Long> ids);

    @Query("select f from AttachedFile f where f.paragraphId in :ids order by f.id")
    List<AttachedFile> ofParagraphs(Collection<Long> ids);

    @Query("select f from AttachedFile f where f.agendaItemId in :ids order by f.id")
    List<AttachedFile> ofAgendaItems(Collection<Long> ids);
}
