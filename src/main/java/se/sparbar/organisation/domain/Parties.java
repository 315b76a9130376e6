package se.sparbar.organisation.domain;

import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.organisation.Commands.PartyDetails;
import se.sparbar.shared.DuplicateValueException;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.StaleVersionException;

/** Creates and changes parties. */
@Service
@NamedInterface("seeding")
public class Parties {

    private final PartyRepository parties;

    Parties(PartyRepository parties) {
        this.parties = parties;
    }

    /** Every party by abbreviation: the administrator's list and the person form's choices. */
    @Transactional(readOnly = true)
    public List<PartyRow> all() {
        return parties.findAllByOrderByAbbreviation().stream().map(PartyRow::of).toList();
    }

    @Transactional(readOnly = true)
    public PartyRow get(long id) {
        return PartyRow.of(parties.findById(id).orElseThrow(() -> new NotFoundException("Party", id)));
    }

    @Transactional
    public long create(PartyDetails details) {
        if (parties.existsByAbbreviationIgnoreCase(details.abbreviation().trim())) {
            throw new DuplicateValueException("abbreviation", details.abbreviation());
        }
        return saveUnique(new Party(details.abbreviation(), details.name()), details).getId();
    }

    @Transactional
    public void change(long id, PartyDetails details) {
        Party party = parties.findById(id).orElseThrow(() -> new NotFoundException("Party", id));
        StaleVersionException.check("Party", id, details.version(), party.getVersion());
        if (parties.existsByAbbreviationIgnoreCaseAndIdNot(details.abbreviation().trim(), id)) {
            throw new DuplicateValueException("abbreviation", details.abbreviation());
        }
        party.change(details.abbreviation(), details.name());
        saveUnique(party, details);
    }

    private Party saveUnique(Party party, PartyDetails details) {
        try {
            return parties.saveAndFlush(party);
        } catch (DataIntegrityViolationException e) {
            throw new DuplicateValueException("abbreviation", details.abbreviation());
        }
    }
}
