package se.sparbar.organisation;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.organisation.Commands.PartyDetails;
import se.sparbar.organisation.domain.Party;
import se.sparbar.organisation.domain.PartyRepository;
import se.sparbar.shared.DuplicateValueException;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.StaleVersionException;

/** Creates and changes parties. */
@Service
public class Parties {

    private final PartyRepository parties;

    Parties(PartyRepository parties) {
        this.parties = parties;
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
