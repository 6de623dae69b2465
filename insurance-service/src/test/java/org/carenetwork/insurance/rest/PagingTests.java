package org.carenetwork.insurance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every list takes the page numbers common-web's Page answers with (0 to 100000): past that, a
 * 400 naming {@code page}, instead of a page number echoed beyond the contract's bound (or an
 * offset that no longer fits in an int).
 */
@QuarkusTest
class PagingTests {

    @ParameterizedTest(name = "{0}?page={2} as {1}: {3}")
    @CsvSource({
            "/payers,             ADMISSIONS, 100000,     200",
            "/payers,             ADMISSIONS, 100001,     400",
            "/payers,             ADMISSIONS, 2147483647, 400",
            "/network-contracts,  ADMIN,      100000,     200",
            "/network-contracts,  ADMIN,      100001,     400",
            "/network-contracts,  ADMIN,      2147483647, 400",
            "/coverage-requests,  ADMISSIONS, 100000,     200",
            "/coverage-requests,  ADMISSIONS, 100001,     400",
            "/coverage-requests,  ADMISSIONS, 2147483647, 400",
    })
    void pageNumbers_goTo100000(String list, String role, int page, int status) {
        var answer = given().header("Authorization", TestTokens.bearer(role)).queryParam("page", page).get(list)
                .then().statusCode(status);
        if (status == 200) {
            answer.body("items", empty()).body("page", equalTo(page));
        } else {
            answer.body("errors[0].field", equalTo("page"));
        }
    }
}
