package dev.portico.portal.home;

import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.TicketMonth;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (which takes the raw JSON): the created-and-completed
 * bar chart and the open-tickets-by-request-type doughnut, in the brand's colours. Built with JSON-P so labels
 * from the PSA are always escaped.
 */
public final class ChartJson {

    /** Completed bars, and further doughnut slices after the brand colour; "other" is always grey. */
    static final String COMPLETED_COLOR = "#10b981";
    static final List<String> SLICE_COLORS = List.of("#10b981", "#f59e0b", "#8b5cf6", "#ef4444", "#0ea5e9", "#ec4899");
    static final String OTHER_COLOR = "#94a3b8";
    private static final String GRID_COLOR = "#eef2f7";
    private static final String TEXT_COLOR = "#64748b";

    private ChartJson() {
    }

    /**
     * @param monthLabel   e.g. "Nov 26"
     * @param createdLabel the legend text of the first dataset (index 0), completed is index 1
     */
    public static String months(List<TicketMonth> months, Function<TicketMonth, String> monthLabel, String createdLabel,
            String completedLabel, String primaryColor) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder created = Json.createArrayBuilder();
        JsonArrayBuilder completed = Json.createArrayBuilder();
        for (TicketMonth month : months) {
            labels.add(monthLabel.apply(month));
            created.add(month.created());
            completed.add(month.completed());
        }
        JsonObject data = Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder()
                        .add(bars(createdLabel, created, primaryColor))
                        .add(bars(completedLabel, completed, COMPLETED_COLOR)))
                .build();
        JsonObject options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom").add("labels",
                                Json.createObjectBuilder().add("usePointStyle", true).add("pointStyle", "circle")
                                        .add("boxWidth", 8).add("boxHeight", 8)
                                        .add("color", TEXT_COLOR))))
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder()
                                .add("grid", Json.createObjectBuilder().add("display", false))
                                .add("ticks", Json.createObjectBuilder().add("color", TEXT_COLOR)))
                        .add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("border", Json.createObjectBuilder().add("display", false))
                                .add("grid", Json.createObjectBuilder().add("color", GRID_COLOR))
                                .add("ticks", Json.createObjectBuilder().add("precision", 0).add("color", TEXT_COLOR))))
                .build();
        return Json.createObjectBuilder().add("type", "bar").add("data", data).add("options", options).build().toString();
    }

    /** @param otherLabel the label of the slice of tickets of no configured request type */
    public static String requestTypes(List<RequestTypeCount> types, String otherLabel, String primaryColor) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (int i = 0; i < types.size(); i++) {
            RequestTypeCount type = types.get(i);
            labels.add(type.requestType() == null ? otherLabel : type.label());
            values.add(type.count());
            colors.add(color(types, i, primaryColor));
        }
        JsonObject data = Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("data", values).add("backgroundColor", colors)
                        .add("borderColor", "#ffffff").add("borderWidth", 2).add("hoverOffset", 6)))
                .build();
        JsonObject options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("cutout", "68%")
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .build();
        return Json.createObjectBuilder().add("type", "doughnut").add("data", data).add("options", options).build()
                .toString();
    }

    /** The colour of slice {@code index}, also used for the legend next to the chart. */
    public static String color(List<RequestTypeCount> types, int index, String primaryColor) {
        if (types.get(index).requestType() == null) {
            return OTHER_COLOR;
        }
        return index == 0 ? primaryColor : SLICE_COLORS.get((index - 1) % SLICE_COLORS.size());
    }

    /** The CSS modifier of slice {@code index}'s colour (home.css mirrors {@link #SLICE_COLORS}). */
    public static String swatch(List<RequestTypeCount> types, int index) {
        if (types.get(index).requestType() == null) {
            return "other";
        }
        return index == 0 ? "0" : Integer.toString((index - 1) % SLICE_COLORS.size() + 1);
    }

    private static JsonObjectBuilder bars(String label, JsonArrayBuilder values, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", color)
                .add("borderRadius", 4).add("maxBarThickness", 18);
    }
}
