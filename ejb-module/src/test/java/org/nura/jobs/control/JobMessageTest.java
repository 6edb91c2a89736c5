package org.nura.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JobMessageTest {

    @Test
    void roundTripsThroughJson() {
        JobMessage message = new JobMessage("0f0e8f3c-2a7b-4f57-9a55-3d1c2b1a0e99", "insight", 3);
        assertEquals("{\"job_id\":\"0f0e8f3c-2a7b-4f57-9a55-3d1c2b1a0e99\",\"type\":\"insight\",\"attempt\":3}",
                message.toJson());
        assertEquals(message, JobMessage.parse(message.toJson()));
    }

    @Test
    void aMessageWithoutAttemptIsTheFirst() {
        assertEquals(1, JobMessage.parse("{\"job_id\":\"x\",\"type\":\"diagnostic\"}").attempt());
    }

    @Test
    void somethingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JobMessage.parse("hello"));
        assertThrows(IllegalArgumentException.class, () -> JobMessage.parse("{\"type\":\"insight\"}"));
        assertThrows(IllegalArgumentException.class, () -> JobMessage.parse("[1,2]"));
    }
}
