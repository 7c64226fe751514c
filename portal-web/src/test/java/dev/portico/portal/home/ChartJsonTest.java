package dev.portico.portal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.TicketMonth;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void theMonthChartHasCreatedThenCompletedPerMonth() {
        List<TicketMonth> months = List.of(new TicketMonth(YearMonth.of(2026, 10), 12, 9),
                new TicketMonth(YearMonth.of(2026, 11), 4, 6));

        JsonObject chart = parse(ChartJson.months(months, m -> m.month().toString(), "Created", "Completed", "#1d4ed8"));

        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("2026-10", "2026-11"), strings(chart.getJsonObject("data").getJsonArray("labels")));
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("Created", datasets.getJsonObject(0).getString("label"));
        assertEquals("[12,4]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertEquals("#1d4ed8", datasets.getJsonObject(0).getString("backgroundColor"));
        assertEquals("[9,6]", datasets.getJsonObject(1).getJsonArray("data").toString());
    }

    @Test
    void theDoughnutEscapesLabelsAndColoursOtherGrey() {
        List<RequestTypeCount> types = List.of(new RequestTypeCount("incident", "Incident \"</script>", 5),
                new RequestTypeCount("query", "Query", 2), new RequestTypeCount(null, "", 1));

        JsonObject chart = parse(ChartJson.requestTypes(types, "Other", "#123456"));

        assertEquals("doughnut", chart.getString("type"));
        assertEquals(List.of("Incident \"</script>", "Query", "Other"),
                strings(chart.getJsonObject("data").getJsonArray("labels")));
        JsonObject slices = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("[5,2,1]", slices.getJsonArray("data").toString());
        assertEquals(List.of("#123456", ChartJson.SLICE_COLORS.get(0), ChartJson.OTHER_COLOR),
                strings(slices.getJsonArray("backgroundColor")));
        assertEquals("0", ChartJson.swatch(types, 0));
        assertEquals("1", ChartJson.swatch(types, 1));
        assertEquals("other", ChartJson.swatch(types, 2));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
