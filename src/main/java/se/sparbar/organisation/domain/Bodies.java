package se.sparbar.organisation.domain;

import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.organisation.Commands.BodyDetails;
import se.sparbar.shared.DuplicateValueException;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.StaleVersionException;

/** Creates and changes bodies (organ). A body is deactivated, never deleted. */
@Service
@NamedInterface("seeding")
public class Bodies {

    private final BodyRepository bodies;

    Bodies(BodyRepository bodies) {
        this.bodies = bodies;
    }

    /** Every body, active or not, by name: the administrator's list. */
    @Transactional(readOnly = true)
    public List<BodyRow> all() {
        return bodies.findAllByOrderByName().stream().map(BodyRow::of).toList();
    }

    /** The active bodies, by name: what a new membership may be in. */
    @Transactional(readOnly = true)
    public List<BodyRow> active() {
        return bodies.findByActiveTrueOrderByName().stream().map(BodyRow::of).toList();
    }

    @Transactional(readOnly = true)
    public BodyRow get(long id) {
        return BodyRow.of(find(id));
    }

    @Transactional
    public long create(BodyDetails details) {
        if (bodies.existsByAbbreviationIgnoreCase(details.abbreviation().trim())) {
            throw new DuplicateValueException("abbreviation", details.abbreviation());
        }
        return saveUnique(new Body(details.abbreviation(), details.name(), details.type()), details).getId();
    }

    @Transactional
    public void change(long id, BodyDetails details) {
        Body body = find(id);
        StaleVersionException.check("Body", id, details.version(), body.getVersion());
        if (bodies.existsByAbbreviationIgnoreCaseAndIdNot(details.abbreviation().trim(), id)) {
            throw new DuplicateValueException("abbreviation", details.abbreviation());
        }
        body.change(details.abbreviation(), details.name(), details.type());
        saveUnique(body, details);
    }

    @Transactional
    public void setActive(long id, boolean active) {
        Body body = find(id);
        if (active) {
            body.activate();
        } else {
            body.deactivate();
        }
    }

    private Body saveUnique(Body body, BodyDetails details) {
        try {
            return bodies.saveAndFlush(body);
        } catch (DataIntegrityViolationException e) {
            throw new DuplicateValueException("abbreviation", details.abbreviation());
        }
    }

    private Body find(long id) {
        return bodies.findById(id).orElseThrow(() -> new NotFoundException("Body", id));
    }
}
