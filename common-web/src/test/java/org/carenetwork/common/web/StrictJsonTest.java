package org.carenetwork.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies the gateway's hostile-input fuzz test found accepted with a changed meaning. */
class StrictJsonTest {

    enum Level { DETOX, IOP }

    record Form(Boolean agreed, Integer openings, int answer, Level level, List<Level> levels, String name,
                java.time.LocalDate asOf, java.time.Instant agreedAt) {
    }

    private final ObjectMapper json = StrictJson.apply(new ObjectMapper().findAndRegisterModules());

    @Test
    void valuesThatWouldChangeMeaning_areRefused() {
        for (String body : List.of("{\"agreed\": 720}", "{\"agreed\": 0.5}", "{\"agreed\": \"\"}", "{\"openings\": 2.7}",
                "{\"answer\": 0.1}", "{\"openings\": \"\"}", "{\"openings\": true}", "{\"level\": 1}", "{\"levels\": [0]}",
                "{\"name\": \"x\"}}", "{\"name\": \"x\"} {}", "{\"asOf\": 101}",
                "{\"answer\": \"null\"}", "{\"agreed\": \"null\"}", "{\"openings\": \" null\"}", "{\"agreedAt\": 963663}",
                "{\"agreedAt\": 1.5}")) {
            assertThrows(JsonProcessingException.class, () -> json.readValue(body, Form.class), body);
        }
    }

    @Test
    void aFieldLeftOutOrNull_isReadAsJacksonDoes() throws Exception {
        Form empty = new Form(null, null, 0, null, null, null, null, null);
        assertEquals(empty, json.readValue("{}", Form.class));
        assertEquals(empty, json.readValue("{\"agreed\": null, \"openings\": null, \"answer\": null}", Form.class));
    }

    @Test
    void coercionsThatKeepTheValue_stayAllowed() throws Exception {
        Form form = json.readValue("{\"agreed\": \"true\", \"openings\": \"3\", \"answer\": 2, \"level\": \" IOP\", \"name\": 90.5,"
                + " \"asOf\": \"2026-11-22\", \"agreedAt\": \"2026-11-22T14:03:00Z\"}", Form.class);
        assertEquals(new Form(true, 3, 2, Level.IOP, null, "90.5", java.time.LocalDate.parse("2026-11-22"),
                java.time.Instant.parse("2026-11-22T14:03:00Z")), form);
    }
}
