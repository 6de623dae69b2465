package org.carenetwork.insurance.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.carenetwork.insurance.LevelOfCare;
import org.carenetwork.insurance.PlanType;
import org.carenetwork.insurance.coverage.CoverageRequestViews;
import org.carenetwork.insurance.coverage.CoverageStatus;
import org.carenetwork.insurance.coverage.PreferredContact;
import org.carenetwork.insurance.coverage.SeekingCareFor;
import org.carenetwork.insurance.coverage.SubscriberRelationship;
import org.carenetwork.insurance.eligibility.EligibilityResult.Benefit;
import org.carenetwork.insurance.eligibility.EligibilityResult.Benefit.Kind;
import org.carenetwork.insurance.eligibility.EligibilityResult.NetworkIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 270s built from an inquiry and 271s (written here after the 005010X279A1 guide) read into benefits. */
class X12EligibilityTests {

    static final X12Eligibility.Envelope ENVELOPE = new X12Eligibility.Envelope("CARENETWORK", "CLEARINGHOUSE", 42,
            LocalDateTime.parse("2026-11-22T12:00:00"), false);

    static EligibilityInquiry inquiry(LevelOfCare level) {
        return new EligibilityInquiry("Aetna", "60054", "Ohio Treatment Center", "1234567893", "W123456789",
                "Jane", "Doe*Smith", LocalDate.parse("1990-01-01"), LocalDate.parse("2026-11-22"),
                ServiceType.forLevel(level), "TRACE123");
    }

    static List<String> segments(String x12) {
        return Arrays.stream(x12.split("~")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void the270_carriesPayerProviderMemberAndServiceTypes_inGuideOrder() {
        String x12 = X12Eligibility.write270(inquiry(LevelOfCare.IOP), ENVELOPE);
        List<String> s = segments(x12);
        assertEquals(106, x12.indexOf('~') + 1, "ISA is fixed width");
        assertEquals(List.of(
                "GS*HS*CARENETWORK*CLEARINGHOUSE*20261122*1200*42*X*005010X279A1",
                "ST*270*0001*005010X279A1",
                "BHT*0022*13*TRACE123*20261122*1200",
                "HL*1**20*1",
                "NM1*PR*2*AETNA*****PI*60054",
                "HL*2*1*21*1",
                "NM1*1P*2*OHIO TREATMENT CENTER*****XX*1234567893",
                "HL*3*2*22*0",
                "TRN*1*TRACE123*9CARENETWO",
                "NM1*IL*1*DOE SMITH*JANE****MI*W123456789",
                "DMG*D8*19900101",
                "DTP*291*D8*20261122",
                "EQ*30^AI^CJ",
                "SE*13*0001",
                "GE*1*42",
                "IEA*1*000000042"), s.subList(1, s.size()));
        assertEquals(s.indexOf("SE*13*0001") - s.indexOf("ST*270*0001*005010X279A1") + 1, 13, "SE01 counts ST to SE");
        assertTrue(s.get(0).startsWith("ISA*00*          *00*          *ZZ*CARENETWORK    *ZZ*CLEARINGHOUSE  *261122*1200*^*00501*000000042*0*T*:"),
                s.get(0));
    }

    @ParameterizedTest(name = "{0} → EQ*{1}")
    @CsvSource(delimiter = '|', value = {
            "        | 30^AI",
            "DETOX   | 30^AI^CI",
            "INPATIENT | 30^AI^CI",
            "RESIDENTIAL | 30^AI^RT",
            "PHP     | 30^AI^BB",
            "IOP     | 30^AI^CJ",
            "OP      | 30^AI^CJ",
            "MAT     | 30^AI^AK",
    })
    void serviceTypes_followTheLevelOfCare(LevelOfCare level, String eq) {
        assertTrue(segments(X12Eligibility.write270(inquiry(level), ENVELOPE)).contains("EQ*" + eq));
    }

    @Test
    void the270_forACoverageRequest_usesItsPersonMemberIdAndLevel() {
        UUID id = UUID.fromString("0b7e3c52-1111-4a8e-9b0e-000000000042");
        CoverageRequestViews.Detail request = new CoverageRequestViews.Detail(id, CoverageStatus.IN_REVIEW, null, null, null,
                SeekingCareFor.SELF, "Pat", "Poe", LocalDate.parse("1985-07-04"), null, null, PreferredContact.PHONE,
                "tricare", PlanType.TRICARE, "T123456789", null, SubscriberRelationship.SELF, null, LevelOfCare.RESIDENTIAL,
                null, null, null, 0);
        EligibilityInquiry q = EligibilityInquiry.forRequest(request, "TRICARE East", "99727", "Midwest Detox Center",
                "1234567893", LocalDate.parse("2026-11-23"));
        List<String> s = segments(X12Eligibility.write270(q, ENVELOPE));
        assertTrue(s.contains("NM1*PR*2*TRICARE EAST*****PI*99727"), s.toString());
        assertTrue(s.contains("NM1*IL*1*POE*PAT****MI*T123456789"), s.toString());
        assertTrue(s.contains("DMG*D8*19850704"), s.toString());
        assertTrue(s.contains("DTP*291*D8*20261123"), s.toString());
        assertTrue(s.contains("EQ*30^AI^RT"), s.toString());
        assertTrue(s.contains("TRN*1*0b7e3c5211114a8e9b0e000000000042*9CARENETWO"), s.toString());
    }

    @Test
    void activeCoverage_withCopaysCoinsuranceDeductiblesAndNetworkFlags() {
        EligibilityResult r = X12Eligibility.read271(resource("271-active-benefits.x12"));
        assertTrue(r.active());
        assertEquals("TRACE123", r.traceNumber());
        assertEquals(List.of(), r.rejections());
        Benefit coverage = r.of(Kind.ACTIVE_COVERAGE).get(0);
        assertEquals(List.of("30", "AI", "CJ"), coverage.serviceTypes());
        assertEquals("OPEN ACCESS PLUS", coverage.planDescription());
        assertEquals(NetworkIndicator.NOT_GIVEN, coverage.network());

        List<Benefit> copays = r.of(Kind.CO_PAYMENT);
        assertEquals(2, copays.size());
        assertEquals(new BigDecimal("40"), copays.get(0).amount());
        assertEquals(NetworkIndicator.IN_NETWORK, copays.get(0).network());
        assertEquals(new BigDecimal("80"), copays.get(1).amount());
        assertEquals(NetworkIndicator.OUT_OF_NETWORK, copays.get(1).network());

        Benefit coinsurance = r.of(Kind.CO_INSURANCE).get(0);
        assertEquals(new BigDecimal("0.2"), coinsurance.percent());
        assertEquals(List.of("CJ"), coinsurance.serviceTypes());

        List<Benefit> deductibles = r.of(Kind.DEDUCTIBLE);
        assertEquals(List.of("23", "29"), deductibles.stream().map(Benefit::timePeriod).toList(), "calendar year, remaining");
        assertEquals(List.of(new BigDecimal("1500"), new BigDecimal("900")), deductibles.stream().map(Benefit::amount).toList());

        Benefit outOfPocket = r.of(Kind.OUT_OF_POCKET).get(0);
        assertEquals(new BigDecimal("6000"), outOfPocket.amount());
        assertEquals(NetworkIndicator.UNKNOWN, outOfPocket.network());
    }

    @Test
    void inactiveCoverage_isNotActive() {
        EligibilityResult r = X12Eligibility.read271(resource("271-inactive.x12"));
        assertFalse(r.active());
        assertEquals(Kind.INACTIVE, r.benefits().get(0).kind());
        assertEquals("TRACE456", r.traceNumber());
    }

    @Test
    void payerRejection_isReportedWithItsReason() {
        EligibilityResult r = X12Eligibility.read271(resource("271-rejected-member-id.x12"));
        assertFalse(r.active());
        assertEquals(List.of(new EligibilityResult.Rejection("72", "C")), r.rejections());
    }

    @Test
    void notA271_isUnavailable_notAnAnswer() {
        assertThrows(EligibilityUnavailableException.class, () -> X12Eligibility.read271("this is not X12"));
        String a270 = X12Eligibility.write270(inquiry(LevelOfCare.OP), ENVELOPE);
        assertThrows(EligibilityUnavailableException.class, () -> X12Eligibility.read271(a270));
    }

    @Test
    void port_sendsThe270_andReadsThe271() {
        AtomicReference<String> sent = new AtomicReference<>();
        EligibilityPort port = new X12EligibilityPort(request -> {
            sent.set(request);
            return resource("271-active-benefits.x12");
        }, ENVELOPE);
        EligibilityResult r = port.check(inquiry(LevelOfCare.IOP));
        assertTrue(sent.get().contains("NM1*IL*1*DOE SMITH*JANE****MI*W123456789~"));
        assertTrue(r.active());
    }

    @Test
    void port_whenTheClearinghouseFails_saysUnavailable() {
        EligibilityPort port = new X12EligibilityPort(request -> {
            throw new IllegalStateException("timed out after 20 s");
        }, ENVELOPE);
        assertThrows(EligibilityUnavailableException.class, () -> port.check(inquiry(LevelOfCare.IOP)));
    }

    private static String resource(String name) {
        try (InputStream in = X12EligibilityTests.class.getResourceAsStream("/x12/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
