package org.carenetwork.insurance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.carenetwork.insurance.domain.Payer;
import org.carenetwork.insurance.domain.PayerMatcher;

/** The payer list and its search. Payers change only with a migration, so reading them per call is cheap and never stale. */
@ApplicationScoped
public class Payers {

    public List<Payer> all() {
        return Payer.list("order by sortOrder");
    }

    public List<Payer> search(String query) {
        List<PayerMatcher.Candidate<Payer>> candidates = all().stream()
                .map(p -> new PayerMatcher.Candidate<>(p, p.sortOrder, p.names())).toList();
        return PayerMatcher.rank(query, candidates).stream().map(PayerMatcher.Match::value).toList();
    }

    /**
     * The payer a caller means by {@code idOrName}: its id, or exactly one of its names or
     * aliases ("BCBS", "Ohio Medicaid"). Fuzzy matches are for search only: a network answer
     * must never rest on a guess.
     */
    public Optional<Payer> resolve(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        List<Payer> all = all();
        String id = idOrName.trim().toLowerCase(Locale.ROOT);
        Optional<Payer> byId = all.stream().filter(p -> p.id.equals(id)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        String typed = String.join("", PayerMatcher.words(idOrName));
        return all.stream()
                .filter(p -> p.names().stream().anyMatch(n -> String.join("", PayerMatcher.words(n)).equals(typed)))
                .findFirst();
    }
}
