package org.carenetwork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.carenetwork.testing.Eventually;
import org.carenetwork.testing.TestPhi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The find-care page the gateway serves at {@code /}, in headless Chromium against the packaged suite
 * with its demo data: each flow of the issue as a person walks it, axe-core's WCAG 2.1 AA rules at each
 * step, and screenshots under target/screenshots for review.
 */
class FindCarePageTests {

    /** Level-of-care answers whose highest rating is 2 (moderate): the rules give IOP (LEVEL_OF_CARE.md, rule 3). */
    static final Map<String, String> IOP_ANSWERS = new LinkedHashMap<>();

    static {
        IOP_ANSWERS.put("WITHDRAWAL-substance", "ALCOHOL");
        IOP_ANSWERS.put("WITHDRAWAL-recentUse", "A_FEW_TIMES");
        IOP_ANSWERS.put("WITHDRAWAL-withdrawal", "NOTHING");
        IOP_ANSWERS.put("WITHDRAWAL-seizureHistory", "NO");
        IOP_ANSWERS.put("BIOMEDICAL-physicalHealth", "WELL");
        IOP_ANSWERS.put("EMOTIONAL-mentalHealth", "STRUGGLING");
        IOP_ANSWERS.put("EMOTIONAL-harmThoughts", "NO");
        IOP_ANSWERS.put("READINESS-readiness", "WILLING");
        IOP_ANSWERS.put("RELAPSE-continuedUse", "RELAPSES");
        IOP_ANSWERS.put("ENVIRONMENT-home", "MOSTLY_SUPPORTIVE");
    }

    static final String TOLEDO_IOP = "5f0c1a52-7c1e-4a8e-9b0e-000000000101";
    static final String TOLEDO_OTHER = "5f0c1a52-7c1e-4a8e-9b0e-000000000102";
    static final String IOP_NAME = "Intensive outpatient (IOP)";

    // ---------- the flows ----------

    @Test
    void myself_screenRecommendationAndMatches_withFiltersAndSpanish() {
        try (Browser b = new Browser(Browser.DESKTOP)) {
            b.open(WebSuite.gateway() + "/");
            assertTrue(b.find(".crisis-line").isDisplayed(), "the crisis line is shown from the start");
            assertEquals("tel:988", b.find(".crisis-line a[href='tel:988']").getDomAttribute("href"));
            accessible(b, "01-self-who");

            who(b, "SELF", "ADULT");
            accessible(b, "02-self-screen-empty");
            screen(b, "AUDIT-C", 2, 1, 1);
            assertTrue(b.visible("#screen-result").getText().contains("AUDIT-C"), "the API's score is shown");
            accessible(b, "03-self-questions");

            questions(b, IOP_ANSWERS);
            assertEquals(IOP_NAME, b.visible("#recommended-level").getText(), "the level's name, from /levels-of-care");
            assertFalse(b.all("#recommendation details li").isEmpty(), "the recommendation's rationale is shown");
            assertEquals("recommendation-title", b.focusedId(), "focus moves to the new step's heading");
            accessible(b, "04-self-recommendation");

            b.find("#lang-es").click();
            b.until("the page is in Spanish", d -> "es".equals(d.findElement(By.tagName("html")).getDomAttribute("lang"))
                    && "Tratamiento ambulatorio intensivo (IOP)".equals(d.findElement(By.id("recommended-level")).getText()));
            assertEquals("Encontrar atención", b.find("h1").getText());
            accessible(b, "05-self-recommendation-es");
            b.find("#lang-en").click();
            b.until("the page is in English again", d -> IOP_NAME.equals(d.findElement(By.id("recommended-level")).getText()));

            b.find("#to-where").click();
            where(b, "43604", "PPO");
            List<WebElement> matches = b.all(".match");
            assertFalse(matches.isEmpty(), "IOP sites near 43604");
            WebElement first = matches.get(0);
            assertTrue(List.of(TOLEDO_IOP, TOLEDO_OTHER).contains(first.getDomAttribute("data-facility-id")),
                    "an in-network Toledo site ranks first");
            assertTrue(first.findElement(By.cssSelector(".network")).getText().startsWith("In network"), first.getText());
            assertTrue(first.findElement(By.cssSelector(".distance")).getText().endsWith("miles away"), first.getText());
            assertTrue(first.findElement(By.cssSelector(".openings")).getText().contains("confirmed"), first.getText());
            assertTrue(first.findElement(By.cssSelector("a.tel")).getDomAttribute("href").matches("tel:\\+1\\d{10}"));
            accessible(b, "06-self-results");

            b.find("#filter-evening").click();
            b.until("the evening filter is applied", d -> "EVENING".equals(d.findElement(By.id("results"))
                    .getDomAttribute("data-schedule")));
            List<WebElement> evening = b.all(".match");
            assertFalse(evening.isEmpty(), "the demo Toledo site runs an evening IOP track");
            for (WebElement match : evening) {
                assertTrue(match.getText().contains("evening"), match.getText());
            }
            accessible(b, "07-self-results-evening");
        }
    }

    @Test
    void aLovedOne_byKeyboardOnly_toACoverageReceiptAtTheInNetworkToledoIop_onAPhone() {
        String firstName = TestPhi.firstName();
        String lastName = TestPhi.lastName();
        String memberId = TestPhi.memberId();
        String phone = TestPhi.phone();
        String dob = TestPhi.dateOfBirth().toString();
        String typedDob = dob.substring(5, 7) + "/" + dob.substring(8, 10) + "/" + dob.substring(0, 4);
        // A loved one's plan: the patient is not the policy holder, whose name and date of birth admissions needs.
        String holderFirstName = TestPhi.firstName();
        String holderLastName = TestPhi.lastName();
        String holderDob = TestPhi.dateOfBirth().toString();
        String typedHolderDob = holderDob.substring(5, 7) + "/" + holderDob.substring(8, 10) + "/" + holderDob.substring(0, 4);
        try (Browser b = new Browser(Browser.PHONE)) {
            b.open(WebSuite.gateway() + "/");
            Keyboard k = new Keyboard(b);
            k.radio("respondent", "LOVED_ONE", 2);
            k.radio("ageGroup", "ADULT", 2);
            k.press("#step-who button[type=submit]");
            b.until("the screen step", d -> "screen-title".equals(b.focusedId()));
            k.radio("instrument", "AUDIT-C", 3);
            b.visible("input[name='item-2']");
            k.radio("item-0", "2", 5);
            k.radio("item-1", "1", 5);
            k.radio("item-2", "1", 5);
            k.press("#step-screen button[type=submit]");
            b.until("the questions step", d -> "questions-title".equals(b.focusedId()));
            IOP_ANSWERS.forEach((question, code) -> k.radio("q-" + question, code,
                    b.all("input[name='q-" + question + "']").size()));
            k.press("#step-questions button[type=submit]");
            b.until("the recommendation", d -> "recommendation-title".equals(b.focusedId()));
            assertEquals(IOP_NAME, b.find("#recommended-level").getText());
            k.press("#to-where");
            b.until("the where step", d -> "where-title".equals(b.focusedId()));
            k.tabTo("#zip");
            k.type("43604");
            k.tabTo("#payer");
            k.type("aetna");
            aetnaOffered(b);
            k.key(Keys.ENTER);
            b.until("the payer is chosen", d -> d.findElements(By.cssSelector("#plan-type option[value=PPO]")).size() == 1);
            k.tabTo("#plan-type");
            k.type("PPO");
            assertEquals("PPO", b.js("return document.getElementById('plan-type').value"));
            k.press("#step-where button[type=submit]");
            b.until("the care match", d -> "results-title".equals(b.focusedId()) && !d.findElements(By.cssSelector(".match")).isEmpty());
            b.screenshot("10-keyboard-results-phone");
            int toledo = indexOf(b, TOLEDO_IOP);
            assertTrue(b.all(".match").get(toledo).findElement(By.cssSelector(".network")).getText().startsWith("In network"));
            k.press(".match[data-facility-id='" + TOLEDO_IOP + "'] button.coverage");
            b.until("the coverage form", d -> "coverage-title".equals(b.focusedId()));
            assertEquals("aetna", b.js("return document.getElementById('cv-payer').value").toString().toLowerCase());

            k.press("#step-coverage button[type=submit]");
            b.until("the form's errors are announced", d -> "error".equals(b.focusedId()));
            accessible(b, "11-keyboard-coverage-errors-phone");

            k.tabTo("#cv-firstName");
            k.type(firstName);
            k.tabTo("#cv-lastName");
            k.type(lastName);
            k.tabTo("#cv-dateOfBirth");
            k.type(typedDob);
            k.tabTo("#cv-phone");
            k.type(phone);
            k.tabTo("#cv-memberId");
            k.type(memberId);
            assertTrue(b.find("#cv-holder").isDisplayed(), "a loved one's form asks for the policy holder");
            k.tabTo("#cv-holderFirstName");
            k.type(holderFirstName);
            k.tabTo("#cv-holderLastName");
            k.type(holderLastName);
            k.tabTo("#cv-holderDateOfBirth");
            k.type(typedHolderDob);
            k.tabTo("#cv-consent");
            k.key(Keys.SPACE);
            k.press("#step-coverage button[type=submit]");
            b.until("the receipt", d -> "receipt-title".equals(b.focusedId()));
            assertEquals("RECEIVED", b.find("#receipt-status").getDomAttribute("data-status"));
            assertEquals("IN_NETWORK", b.find("#receipt-network").getDomAttribute("data-status"));
            assertTrue(b.find("#receipt-id").getText().matches("[0-9a-f-]{36}"));
            accessible(b, "12-keyboard-receipt-phone");

            // Nothing the person typed is in the address, in storage, in a cookie, or in any URL the page fetched.
            assertNull(URI.create(b.driver.getCurrentUrl()).getQuery(), b.driver.getCurrentUrl());
            assertEquals(0L, b.js("return localStorage.length + sessionStorage.length"));
            assertEquals("", b.js("return document.cookie"));
            String fetched = b.js("return performance.getEntries().map(e => e.name).join(' ')").toString();
            for (String phi : List.of(firstName, lastName, memberId, dob, phone.replaceAll("\\D", ""), holderFirstName,
                    holderLastName, holderDob)) {
                assertFalse(fetched.contains(phi), "a URL the page used carries PHI: " + fetched);
            }
            assertEquals("", b.js("return document.getElementById('cv-memberId').value"), "the form is cleared after sending");
        }
    }

    @Test
    void aCrisisAnswer_showsTheCrisisPanelAtOnce_movesFocusToIt_andOffersNoLevel() {
        try (Browser b = new Browser(Browser.DESKTOP)) {
            b.open(WebSuite.gateway() + "/");
            who(b, "LOVED_ONE", "ADULT");
            screen(b, "PHQ-9", 2, 2, 2, 2, 2, 2, 1, 1, 2);
            b.find("input[name='q-EMOTIONAL-harmThoughts'][value='INTENT']").click();
            b.visible("#crisis-panel");
            assertEquals("crisis-panel", b.focusedId(), "focus moves to the crisis panel at once");
            assertTrue(b.find("#crisis-panel").getText().contains("988"));
            accessible(b, "20-crisis-at-once");

            Map<String, String> answers = new LinkedHashMap<>(IOP_ANSWERS);
            answers.remove("EMOTIONAL-harmThoughts");
            answers.forEach((question, code) -> b.find("input[name='q-" + question + "'][value='" + code + "']").click());
            b.find("#step-questions button[type=submit]").click();
            b.until("the API's crisis answer", d -> "crisis-panel".equals(b.focusedId())
                    && d.findElement(By.id("step-recommendation")).isDisplayed());
            assertTrue(b.find("#crisis-resources").getText().contains("988lifeline.org"), "the API's crisis resources");
            assertEquals(List.of("tel:988", "tel:911", "tel:18006624357"), b.all("#crisis-resources a").stream()
                    .map(a -> a.getDomAttribute("href")).toList(), "988 first, then 911, each a number to dial");
            assertFalse(b.find("#to-where").isDisplayed(), "no treatment search before the person is safe");
            accessible(b, "21-crisis-answer");
        }
    }

    @Test
    void noPlaceWithinTheRadius_saysSo_andGivesTheAdmissionsLine() {
        try (Browser b = new Browser(Browser.DESKTOP)) {
            b.open(WebSuite.gateway() + "/");
            who(b, "SELF", "ADULT");
            screen(b, "AUDIT-C", 1, 0, 0);
            questions(b, IOP_ANSWERS);
            b.find("#to-where").click();
            b.visible("#zip");
            // "Use my location" in Columbus, Ohio: over 100 miles from every demo site.
            b.cdp("Browser.grantPermissions", Map.of("origin", WebSuite.gateway(), "permissions", List.of("geolocation")));
            b.cdp("Emulation.setGeolocationOverride", Map.of("latitude", 39.9612, "longitude", -82.9988, "accuracy", 50));
            b.find("#use-location").click();
            b.until("the location is used", d -> d.findElement(By.id("location-status")).getText().equals("Using your location."));
            b.find("#radius option[value='10']").click();
            b.find("#step-where button[type=submit]").click();
            WebElement none = b.visible("#no-results");
            assertTrue(none.getText().contains("10 miles"), none.getText());
            assertTrue(b.find("#results a[href^='tel:']").getDomAttribute("href").startsWith("tel:+1"));
            accessible(b, "30-no-results");
        }
    }

    @Test
    void insuranceServiceDown_thePageStillListsSites_andSaysNetworkStatusIsUnknown() throws Exception {
        try (Browser b = new Browser(Browser.DESKTOP)) {
            b.open(WebSuite.gateway() + "/");
            who(b, "SELF", "ADULT");
            screen(b, "AUDIT-C", 1, 0, 0);
            questions(b, IOP_ANSWERS);
            b.find("#to-where").click();
            b.visible("#zip").sendKeys("43604");
            b.find("#payer").sendKeys("aetna");
            aetnaOffered(b).click();
            WebSuite.backend("insurance-service").stop();
            try {
                b.find("#step-where button[type=submit]").click();
                b.until("the sites are listed", d -> !d.findElements(By.cssSelector(".match")).isEmpty());
                assertTrue(b.visible("#results-notice").getText().contains("network status is unknown"));
                for (WebElement match : b.all(".match .network")) {
                    assertEquals("network network-UNKNOWN", match.getDomAttribute("class"));
                }
                accessible(b, "40-insurance-down");
            } finally {
                WebSuite.backend("insurance-service").start();
                Eventually.until("the gateway reaches insurance-service again", () -> status("/api/v1/payers?q=aetna"),
                        s -> s == 200, s -> "status " + s);
            }
        }
    }

    // ---------- theming, embedding, headers ----------

    @Test
    void aBrandsPage_byOrgParameter_takesItsNamePhoneAndColours() {
        try (Browser b = new Browser(Browser.PHONE)) {
            b.open(WebSuite.gateway() + "/?org=" + WebSuite.MIDWEST);
            b.until("the brand's name", d -> "Midwest Recovery Centers".equals(d.findElement(By.id("brand-name")).getText()));
            assertEquals("tel:+18336570858", b.find("#brand-phone").getDomAttribute("href"));
            assertEquals("rgba(29, 78, 137, 1)", b.find(".brand").getCssValue("background-color"));
            accessible(b, "50-brand-theme-phone");
        }
    }

    @Test
    void theEmbedSnippet_onABrandSite_framesThePage_themedByItsDataAttribute() {
        try (Browser b = new Browser(Browser.DESKTOP)) {
            b.driver.get(WebSuite.brandPage());
            WebElement frame = b.visible("iframe[title='Find care with Midwest Recovery Centers']");
            b.driver.switchTo().frame(frame);
            b.until("the framed page themed by data-org", d -> "Midwest Recovery Centers".equals(
                    d.findElement(By.id("brand-name")).getText()) && "true".equals(d.findElement(By.tagName("body"))
                    .getDomAttribute("data-ready")));
            b.driver.switchTo().defaultContent();
            b.screenshot("60-embedded");
        }
    }

    @Test
    void thePage_hasAStrictContentSecurityPolicy_andTheApiStaysUnframable() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        for (String directive : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                "base-uri 'none'", "form-action 'none'", "frame-ancestors 'self' " + WebSuite.brandPage().replaceAll("/$", ""))) {
            assertTrue(csp.contains(directive), directive + " in " + csp);
        }
        assertFalse(csp.contains("unsafe"), csp);
        assertTrue(page.headers().firstValue("X-Frame-Options").isEmpty(), "the page is framed by brand sites (CSP decides)");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(page.headers().firstValue("Permissions-Policy").orElse("").contains("geolocation=(self)"));
        assertFalse(page.body().matches("(?s).*<script(?![^>]*\\ssrc=).*"), "no inline script");
        assertFalse(page.body().matches("(?s).*(<style|\\sstyle=|\\son[a-z]+=).*"), "no inline style or handler");

        HttpResponse<String> api = get("/api/v1/levels-of-care");
        assertEquals("DENY", api.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertEquals("en", api.headers().firstValue("Content-Language").orElse(""), "the gateway relays Content-Language");
        assertEquals(200, get("/find-care/app.js").statusCode());
        assertEquals(200, get("/embed.js").statusCode());
    }

    // ---------- steps, as a mouse and keyboard user does them ----------

    static void who(Browser b, String respondent, String ageGroup) {
        b.find("input[name=respondent][value=" + respondent + "]").click();
        b.find("input[name=ageGroup][value=" + ageGroup + "]").click();
        b.find("#step-who button[type=submit]").click();
        b.until("the screen step", d -> "screen-title".equals(b.focusedId()));
    }

    static void screen(Browser b, String instrument, int... answers) {
        b.find("input[name=instrument][value='" + instrument + "']").click();
        b.visible("input[name='item-" + (answers.length - 1) + "']");
        for (int i = 0; i < answers.length; i++) {
            b.find("input[name='item-" + i + "'][value='" + answers[i] + "']").click();
        }
        b.find("#step-screen button[type=submit]").click();
        b.until("the questions step", d -> "questions-title".equals(b.focusedId())
                || "crisis-panel".equals(b.focusedId()));
        b.visible("input[name='q-ENVIRONMENT-home']");
    }

    static void questions(Browser b, Map<String, String> answers) {
        answers.forEach((question, code) -> b.find("input[name='q-" + question + "'][value='" + code + "']").click());
        b.find("#step-questions button[type=submit]").click();
        b.until("the recommendation", d -> "recommendation-title".equals(b.focusedId()));
    }

    /** ZIP, Aetna by the type-ahead, a plan type; then the care match. */
    static void where(Browser b, String zip, String planType) {
        b.until("the where step", d -> "where-title".equals(b.focusedId()));
        b.find("#zip").sendKeys(zip);
        b.find("#payer").sendKeys("aetna");
        aetnaOffered(b).click();
        b.until("the payer's plan types", d -> !d.findElements(By.cssSelector("#plan-type option[value=" + planType + "]")).isEmpty());
        b.find("#plan-type option[value=" + planType + "]").click();
        b.find("#step-where button[type=submit]").click();
        b.until("the care match", d -> "results-title".equals(b.focusedId())
                && (!d.findElements(By.cssSelector(".match")).isEmpty() || !d.findElements(By.id("no-results")).isEmpty()));
    }

    /** The type-ahead's first option, once it is Aetna (the answer to an earlier, shorter query may show first). */
    static WebElement aetnaOffered(Browser b) {
        return b.until("Aetna is offered first", d -> {
            List<WebElement> options = d.findElements(By.cssSelector("#payer-options [role=option]"));
            return !options.isEmpty() && options.get(0).isDisplayed() && "Aetna".equals(options.get(0).getText())
                    ? options.get(0) : null;
        });
    }

    static int indexOf(Browser b, String facilityId) {
        List<WebElement> matches = b.all(".match");
        for (int i = 0; i < matches.size(); i++) {
            if (facilityId.equals(matches.get(i).getDomAttribute("data-facility-id"))) {
                return i;
            }
        }
        throw new AssertionError(facilityId + " is not among the matches");
    }

    /** axe-core's WCAG 2.1 A and AA rules report nothing on the page as it is; and a screenshot of it. */
    static void accessible(Browser b, String screenshot) {
        b.screenshot(screenshot);
        assertEquals(List.of(), Axe.violations(b.driver), screenshot + ": WCAG 2.1 AA violations");
    }

    /** The keyboard alone: Tab to move, arrows and Space to choose, Enter to press, keys to type. */
    static final class Keyboard {
        private final Browser b;

        Keyboard(Browser b) {
            this.b = b;
        }

        void key(CharSequence key) {
            new Actions(b.driver).sendKeys(key).perform();
        }

        void type(String text) {
            new Actions(b.driver).sendKeys(text).perform();
        }

        boolean focusedMatches(String css) {
            return Boolean.TRUE.equals(b.js("return !!document.activeElement && document.activeElement.matches(arguments[0])", css));
        }

        /** Tabs forward until the element matching css has focus (at most 150 presses). */
        void tabTo(String css) {
            for (int i = 0; i < 150 && !focusedMatches(css); i++) {
                key(Keys.TAB);
            }
            assertTrue(focusedMatches(css), "Tab never reached " + css + " (focus on #" + b.focusedId() + ")");
        }

        void press(String css) {
            tabTo(css);
            key(Keys.ENTER);
        }

        /** Tabs into a radio group and chooses the value with the arrow keys (Space for the first). */
        void radio(String name, String value, int options) {
            tabTo("input[type=radio][name='" + name + "']");
            Predicate<Void> chosen = v -> focusedMatches("input[name='" + name + "'][value='" + value + "']:checked");
            if (focusedMatches("input[name='" + name + "'][value='" + value + "']")) {
                key(Keys.SPACE);
            }
            for (int i = 0; i < options && !chosen.test(null); i++) {
                key(Keys.ARROW_DOWN);
            }
            assertTrue(chosen.test(null), name + " = " + value + " by keyboard");
        }
    }

    // ---------- plain HTTP ----------

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(WebSuite.gateway() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static int status(String path) {
        try {
            return get(path).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
