package org.nura.admin.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.JsonSupport;
import org.nura.privacy.boundary.Customers;

/** The customer export the console downloads is the API's document: the same snake_case names and tables. */
class SessionViewTest {

    @Test
    void theExportIsWrittenAsTheApiWritesIt() {
        JsonObject tables = JsonSupport.objectBuilder().add("sessions", JsonSupport.arrayBuilder()
                .add(JsonSupport.objectBuilder().add("customer_id", "c-\"1\"</script>"))).build();
        Customers.Export export = new Customers.Export("c-\"1\"</script>",
                OffsetDateTime.parse("2026-11-30T10:00:00Z"), List.of("s1", "s2"), tables);
        try (var reader = JsonSupport.reader(SessionView.json(export))) {
            JsonObject json = reader.readObject();
            assertEquals("c-\"1\"</script>", json.getString("customer_id"));
            assertEquals("2026-11-30T10:00Z", json.getString("exported_at"));
            assertEquals(List.of("s1", "s2"), json.getJsonArray("session_ids").getValuesAs(
                    jakarta.json.JsonString::getString));
            assertEquals(tables, json.getJsonObject("tables"));
        }
    }
}
