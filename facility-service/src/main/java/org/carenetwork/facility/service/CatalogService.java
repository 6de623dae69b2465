package org.carenetwork.facility.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Etags;
import org.carenetwork.facility.api.AvailabilityInput;
import org.carenetwork.facility.api.FacilityInput;
import org.carenetwork.facility.api.FacilityView;
import org.carenetwork.facility.api.ProgramView;
import org.carenetwork.facility.domain.ProgramRules;
import org.carenetwork.vocabulary.LevelOfCare;

/**
 * Catalog writes: the rules Bean Validation cannot express, optimistic locking, soft delete and
 * availability. Each write is one transaction; nothing is overwritten by a stale write.
 */
@ApplicationScoped
public class CatalogService {

    @Inject
    FacilityStore store;

    @Inject
    ObjectMapper json;

    public FacilityView get(UUID id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("Facility", id));
    }

    @Transactional
    public FacilityView create(FacilityInput in) {
        checkRules(in);
        UUID id = UUID.randomUUID();
        store.insert(id, in);
        return get(id);
    }

    /**
     * Replaces a facility's catalog entry. With {@code If-Match} the tag must be the current one
     * (else 412); otherwise the body's {@code version} must be (else 409).
     */
    @Transactional
    public FacilityView replace(UUID id, FacilityInput in, String ifMatch) {
        long current = store.lockVersion(id).orElseThrow(() -> ProblemException.notFound("Facility", id));
        checkPrecondition(id, ifMatch);
        if (ifMatch == null) {
            if (in.version() == null) {
                throw ProblemException.badField("version",
                        "is required: send the version you read, or its ETag in If-Match");
            }
            if (in.version() != current) {
                throw staleVersion(id, in.version(), current);
            }
        } else if (in.version() != null && in.version() != current) {
            throw staleVersion(id, in.version(), current);
        }
        checkRules(in);
        if (!store.update(id, in, current)) {
            throw staleVersion(id, in.version() == null ? current : in.version(), current + 1);
        }
        return get(id);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        store.lockVersion(id).orElseThrow(() -> ProblemException.notFound("Facility", id));
        checkPrecondition(id, ifMatch);
        store.softDelete(id);
    }

    /**
     * Confirms a program's openings now. The write may be conditional, as a catalog replace is:
     * {@code If-Match} must name the current ETag (else 412), a {@code version} in the body must be
     * the current one (else 409). Without either, this confirmation replaces the last one: the
     * facility row is locked first, so concurrent confirmations queue and none is half applied.
     */
    @Transactional
    public ProgramView updateAvailability(UUID id, LevelOfCare level, AvailabilityInput in, String ifMatch) {
        long current = store.lockVersion(id).orElseThrow(() -> ProblemException.notFound("Facility", id));
        checkPrecondition(id, ifMatch);
        if (in.version() != null && in.version() != current) {
            throw staleVersion(id, in.version(), current);
        }
        if (!store.updateAvailability(id, level, in.openings(), in.acceptingNewPatients())) {
            throw new ProblemException(404, "Not found", "Facility " + id + " runs no " + level + " program");
        }
        return Arrays.stream(programs(get(id))).filter(p -> p.levelOfCare() == level).findFirst().orElseThrow();
    }

    /** The programs of a view, read back from the JSON the view carries (writes only; reads relay it). */
    private ProgramView[] programs(FacilityView view) {
        try {
            return json.readValue(view.programs(), ProgramView[].class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable programs of facility " + view.id(), e);
        }
    }

    private void checkPrecondition(UUID id, String ifMatch) {
        if (ifMatch != null && !Etags.matches(ifMatch, Etags.of(json, get(id)))) {
            throw ProblemException.preconditionFailed("Facility " + id
                    + " has changed since the ETag in If-Match was issued; reload it and try again");
        }
    }

    private static ProblemException staleVersion(UUID id, long sent, long current) {
        return new ProblemException(409, "Conflict", "Facility " + id + " is at version " + current
                + ", not " + sent + ": someone changed it since you read it; reload it and try again",
                List.of(new Problem.FieldError("version", "is stale (current: " + current + ")")), Map.of());
    }

    /** The catalog's rules across fields: 422 naming each field at fault. */
    private void checkRules(FacilityInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.organizationId() != null && !store.organizationExists(in.organizationId())) {
            errors.add(new Problem.FieldError("organizationId", "no organization has this id"));
        }
        List<FacilityInput.ProgramInput> programs = in.programs() == null ? List.of() : in.programs();
        Set<LevelOfCare> seen = EnumSet.noneOf(LevelOfCare.class);
        for (int i = 0; i < programs.size(); i++) {
            FacilityInput.ProgramInput p = programs.get(i);
            String at = "programs[" + i + "].";
            if (!seen.add(p.levelOfCare())) {
                errors.add(new Problem.FieldError(at + "levelOfCare", "a site runs one " + p.levelOfCare()
                        + " program; it is listed twice"));
            }
            if (p.asamLevel() != null && !ProgramRules.allowsAsamLevel(p.levelOfCare(), p.asamLevel())) {
                errors.add(new Problem.FieldError(at + "asamLevel", "ASAM level " + p.asamLevel()
                        + " does not belong to " + p.levelOfCare()));
            }
            if (p.hoursPerWeek() != null) {
                String problem = ProgramRules.hoursProblem(p.levelOfCare(), p.hoursPerWeek().doubleValue());
                if (problem != null) {
                    errors.add(new Problem.FieldError(at + "hoursPerWeek", problem));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "Rule violated", Problem.detailOf(errors), errors, Map.of());
        }
    }
}
