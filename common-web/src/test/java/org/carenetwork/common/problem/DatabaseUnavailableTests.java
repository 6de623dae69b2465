package org.carenetwork.common.problem;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which database failures are "try again shortly" (503) rather than a bug (500) or a rule (409/422). */
class DatabaseUnavailableTests {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "08003", "57P01", "57P02", "57P03", "53300"})
    void connectionLostRefusedOrServerShuttingDown_isUnavailable(String state) {
        Exception wrapped = new IllegalStateException(new SQLException("gone", state));
        assertNotNull(ProblemMappers.databaseUnavailable(wrapped));
    }

    @Test
    void poolGivingUpOnAConnection_isUnavailable() {
        SQLException agroal = new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException());
        assertNotNull(ProblemMappers.databaseUnavailable(new RuntimeException(agroal)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23P01", "42P01", "40001", "57014"})
    void ruleViolationsBugsAndConflicts_areNot(String state) {
        assertNull(ProblemMappers.databaseUnavailable(new IllegalStateException(new SQLException("no", state))));
    }

    @Test
    void noSqlStateOrNoSqlException_isNot() {
        assertNull(ProblemMappers.databaseUnavailable(new SQLException("odd")));
        assertNull(ProblemMappers.databaseUnavailable(new IllegalStateException("plain")));
    }
}
