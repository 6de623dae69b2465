package org.carenetwork.insurance.eligibility;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * X12 005010X279A1 eligibility documents with StAEDI: a 270 built from an inquiry, and a 271
 * read into active coverage, co-payments, co-insurance, deductibles and the EB12 network flag.
 * The 270 names the patient as the subscriber with their own member id (2000C), which payers
 * accept when the id on the card is the patient's own.
 */
public final class X12Eligibility {

    static final String VERSION = "005010X279A1";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /**
     * Interchange and group envelope of one 270.
     *
     * @param senderId   ISA06/GS02, the submitter id the clearinghouse gave us
     * @param receiverId ISA08/GS03, the clearinghouse's id
     * @param production ISA15: P for production, T for test
     */
    public record Envelope(String senderId, String receiverId, int controlNumber, LocalDateTime at, boolean production) {
    }

    private X12Eligibility() {
    }

    public static String write270(EligibilityInquiry q, Envelope e) {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(Delimiters.SEGMENT, '~');
        factory.setProperty(Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, ':');
        factory.setProperty(Delimiters.REPETITION, '^');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String control = String.format(Locale.ROOT, "%09d", e.controlNumber());
        try (EDIStreamWriter w = factory.createEDIStreamWriter(out, StandardCharsets.US_ASCII.name())) {
            w.startInterchange();
            segment(w, "ISA", "00", pad("", 10), "00", pad("", 10), "ZZ", pad(e.senderId(), 15), "ZZ",
                    pad(e.receiverId(), 15), e.at().format(YYMMDD), e.at().format(HHMM), "^", "00501", control, "0",
                    e.production() ? "P" : "T", ":");
            segment(w, "GS", "HS", e.senderId(), e.receiverId(), e.at().format(CCYYMMDD), e.at().format(HHMM),
                    String.valueOf(e.controlNumber()), "X", VERSION);
            int count = 0;
            count += segment(w, "ST", "270", "0001", VERSION);
            count += segment(w, "BHT", "0022", "13", q.traceNumber(), e.at().format(CCYYMMDD), e.at().format(HHMM));
            // 2000A information source: the payer
            count += segment(w, "HL", "1", "", "20", "1");
            count += segment(w, "NM1", "PR", "2", upper(q.payerName()), "", "", "", "", "PI", q.payerEdiId());
            // 2000B information receiver: the provider asking
            count += segment(w, "HL", "2", "1", "21", "1");
            count += segment(w, "NM1", "1P", "2", upper(q.providerName()), "", "", "", "", "XX", q.providerNpi());
            // 2000C subscriber: the person, their card's member id, and what we ask about
            count += segment(w, "HL", "3", "2", "22", "0");
            count += segment(w, "TRN", "1", q.traceNumber(), "9" + pad(e.senderId(), 9).substring(0, 9).trim());
            count += segment(w, "NM1", "IL", "1", upper(q.lastName()), upper(q.firstName()), "", "", "", "MI", q.memberId());
            count += segment(w, "DMG", "D8", q.dateOfBirth().format(CCYYMMDD));
            count += segment(w, "DTP", "291", "D8", q.serviceDate().format(CCYYMMDD));
            w.writeStartSegment("EQ").writeStartElement();
            for (int i = 0; i < q.serviceTypes().size(); i++) {
                if (i > 0) {
                    w.writeRepeatElement();
                }
                w.writeElementData(q.serviceTypes().get(i).code);
            }
            w.endElement().writeEndSegment();
            count++;
            segment(w, "SE", String.valueOf(count + 1), "0001");
            segment(w, "GE", "1", String.valueOf(e.controlNumber()));
            segment(w, "IEA", "1", control);
            w.endInterchange();
        } catch (EDIStreamException ex) {
            throw new IllegalArgumentException("cannot build a 270 from this inquiry: " + ex.getMessage(), ex);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    /**
     * Reads the first subscriber's answer of a 271.
     *
     * @throws EligibilityUnavailableException when the document is not a readable 271
     */
    public static EligibilityResult read271(String x12) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        List<EligibilityResult.Benefit> benefits = new ArrayList<>();
        List<EligibilityResult.Rejection> rejections = new ArrayList<>();
        String trace = null;
        String transactionType = null;
        try (EDIStreamReader r = factory.createEDIStreamReader(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)))) {
            Map<Integer, List<String>> elements = null;
            String tag = null;
            while (r.hasNext()) {
                EDIStreamEvent event = r.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = r.getText();
                        elements = new HashMap<>();
                    }
                    case ELEMENT_DATA -> {
                        if (elements != null && r.getLocation().getComponentPosition() <= 1) {
                            elements.computeIfAbsent(r.getLocation().getElementPosition(), p -> new ArrayList<>()).add(r.getText());
                        }
                    }
                    case END_SEGMENT -> {
                        switch (tag) {
                            case "ST" -> transactionType = first(elements, 1);
                            case "TRN" -> trace = trace == null ? first(elements, 2) : trace;
                            case "EB" -> benefits.add(benefit(elements));
                            case "AAA" -> {
                                if ("N".equals(first(elements, 1))) {
                                    rejections.add(new EligibilityResult.Rejection(first(elements, 3), first(elements, 4)));
                                }
                            }
                            default -> { }
                        }
                        elements = null;
                    }
                    default -> { }
                }
            }
        } catch (EDIStreamException | IOException | RuntimeException e) {
            throw new EligibilityUnavailableException("the eligibility response is not a readable X12 271", e);
        }
        if (!"271".equals(transactionType)) {
            throw new EligibilityUnavailableException("expected a 271 transaction, got " + transactionType, null);
        }
        boolean active = benefits.stream().anyMatch(b -> b.kind() == EligibilityResult.Benefit.Kind.ACTIVE_COVERAGE)
                && benefits.stream().noneMatch(b -> b.kind() == EligibilityResult.Benefit.Kind.INACTIVE);
        return new EligibilityResult(active, trace, List.copyOf(benefits), List.copyOf(rejections));
    }

    private static EligibilityResult.Benefit benefit(Map<Integer, List<String>> eb) {
        return new EligibilityResult.Benefit(EligibilityResult.Benefit.Kind.of(first(eb, 1)), first(eb, 2),
                eb.getOrDefault(3, List.of()).stream().filter(s -> !s.isEmpty()).toList(), first(eb, 4), first(eb, 5),
                first(eb, 6), decimal(first(eb, 7)), decimal(first(eb, 8)),
                EligibilityResult.NetworkIndicator.of(first(eb, 12)));
    }

    private static String first(Map<Integer, List<String>> elements, int position) {
        List<String> values = elements.get(position);
        return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static int segment(EDIStreamWriter w, String tag, String... elements) throws EDIStreamException {
        w.writeStartSegment(tag);
        int last = elements.length;
        while (last > 0 && elements[last - 1].isEmpty()) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            if (elements[i].isEmpty()) {
                w.writeEmptyElement();
            } else {
                w.writeElement(elements[i]);
            }
        }
        w.writeEndSegment();
        return 1;
    }

    private static String pad(String value, int width) {
        String v = value == null ? "" : value;
        return v.length() >= width ? v.substring(0, width) : v + " ".repeat(width - v.length());
    }

    /** X12 has no escape: a delimiter inside a name would split it, so it becomes a space. */
    private static String upper(String value) {
        return value == null ? "" : value.replaceAll("[*~:^]", " ").trim().toUpperCase(Locale.ROOT);
    }
}
