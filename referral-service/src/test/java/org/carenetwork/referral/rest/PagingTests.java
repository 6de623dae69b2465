package org.carenetwork.referral.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every list takes the page numbers common-web's Page answers with (0 to 100000) and sizes 1 to
 * 100: past that, a 400 naming the parameter, instead of a page number echoed beyond the
 * contract's bound (or an offset that no longer fits in an int).
 */
@QuarkusTest
class PagingTests {

    @ParameterizedTest(name = "{0}?page={2}&size={3} as {1}: {4}")
    @CsvSource({
            "/referrals,                        ADMISSIONS, 100000,     20,  200",
            "/referrals,                        ADMISSIONS, 100001,     20,  400",
            "/referrals,                        PARTNER,    2147483647, 20,  400",
            "/referrals,                        PARTNER,    0,          0,   400",
            "/referrals,                        PARTNER,    0,          101, 400",
            "/webhook-subscriptions,            PARTNER,    100000,     100, 200",
            "/webhook-subscriptions,            PARTNER,    100001,     20,  400",
            "/webhook-subscriptions,            PARTNER,    2147483647, 20,  400",
    })
    void pagesGoTo100000_andSizesTo100(String list, String role, int page, int size, int status) {
        var request = given().header("Authorization", TestTokens.bearer(role)).queryParam("page", page)
                .queryParam("size", size);
        if (list.equals("/referrals")) {
            // Only the referral list takes facilityId: anywhere else it is a 400 naming it.
            request = request.queryParam("facilityId", UUID.randomUUID().toString());
        }
        var answer = request.get(list).then().statusCode(status);
        if (status == 200) {
            answer.body("items", empty()).body("page", equalTo(page));
        } else {
            answer.body("errors[0].field", equalTo(size < 1 || size > 100 ? "size" : "page"));
        }
    }

    @ParameterizedTest(name = "deliveries?page={0}: {1}")
    @CsvSource({"100000, 200", "100001, 400"})
    void deliveryPages_too(int page, int status) {
        String partner = "Bearer " + TestTokens.token("paging-partner", "PARTNER");
        String id = WebhookTests.subscribe(new ReferralApi.Partner("paging-partner", partner), "http://127.0.0.1:9/hooks",
                java.util.List.of("referral.created")).statusCode(201).extract().path("id");
        given().header("Authorization", partner).queryParam("page", page).get("/webhook-subscriptions/" + id + "/deliveries")
                .then().statusCode(status);
    }
}
