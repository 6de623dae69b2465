package org.carenetwork.insurance.service;

import java.time.LocalDate;
import org.carenetwork.common.problem.ProblemException;

/**
 * The calendar dates the API takes: RFC 3339 full dates, so four-digit years, as the contract's
 * {@code format: date} (at most 10 characters) says. Jackson alone would also take "+10000-01-01"
 * or "-0001-01-01", which a contract would then store and every answer echo past that bound.
 */
public final class Dates {

    static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private Dates() {
    }

    /** The date, or a 400 naming the field when its year does not have four digits; null stays null. */
    public static LocalDate fourDigitYear(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw ProblemException.badField(field, "must be a date from " + FIRST + " to " + LAST + " (YYYY-MM-DD)");
        }
        return date;
    }
}
