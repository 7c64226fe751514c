package dev.portico.portal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListParamsTest {

    @Test
    void typedParametersParseOrAreRejectedByName() {
        ListParams params = ListParams.of(Map.of("id", "42", "bad", "-3", "day", "2025-02-30", "month", "2025-06",
                "text", "  printer  ", "huge", "9".repeat(19)));

        assertEquals(Optional.of(42L), params.get(ListParam.id("id")));
        assertEquals(Optional.empty(), params.get(ListParam.id("bad")));
        assertEquals(Optional.empty(), params.get(ListParam.date("day")), "no 30 February");
        assertEquals(Optional.of(YearMonth.of(2025, 6)), params.get(ListParam.month("month")));
        assertEquals(Optional.of("pri"), params.get(ListParam.text("text", 3)), "stripped, then cut");
        assertEquals(Optional.empty(), params.get(ListParam.id("huge")));
        assertEquals(List.of("bad", "day", "huge"), params.rejected());
    }

    @Test
    void missingAndBlankParametersAreAbsentNotRejected() {
        ListParams params = ListParams.of(Map.of("id", " "));

        assertEquals(Optional.empty(), params.get(ListParam.id("id")));
        assertEquals(Optional.empty(), params.get(ListParam.date("other")));
        assertTrue(params.rejected().isEmpty());
    }

    @Test
    void aFlagIsOnOnlyWithItsValueAndAClosedSetRejectsOthers() {
        ListParams params = ListParams.of(Map.of("waiting", "yes", "colour", "red", "size", "xl"));
        ListParam<String> size = ListParam.oneOf("size", v -> Optional.of(v).filter(List.of("s", "m")::contains));

        assertEquals(Optional.empty(), params.get(ListParam.flag("waiting", "reply")));
        assertEquals(Optional.of("red"), params.get(ListParam.oneOf("colour", Optional::of)));
        assertEquals(Optional.empty(), params.get(size));
        assertEquals(List.of("waiting", "size"), params.rejected());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRejectedWhole() {
        List<LocalDate> set = new ArrayList<>();
        ListParams params = ListParams.of(Map.of("from", "2025-03-01", "to", "2025-02-01", "dueFrom", "2025-01-01"))
                .range("from", "to", set::add, set::add)
                .range("dueFrom", "dueTo", set::add, set::add);

        assertEquals(List.of(LocalDate.of(2025, 1, 1)), set);
        assertEquals(List.of("from", "to"), params.rejected());
    }
}
