package dev.portico.sandbox.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionsTest {

    private static final QuerySchema TICKETS = QueryFixtures.ticketSchema();

    /** The ids of the fixture tickets matching the conditions, in id order. */
    private static List<Integer> ids(String conditions) {
        Predicate<JsonObject> p = ConditionCompiler.conditions(conditions, TICKETS);
        return QueryFixtures.tickets().stream().filter(p).map(t -> Jsons.integer(t, "id")).toList();
    }

    private static QueryException rejected(String conditions) {
        return assertThrows(QueryException.class, () -> ConditionCompiler.conditions(conditions, TICKETS));
    }

    @Nested
    class Operators {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "id=2                                      | [2]",
                "id = 2                                    | [2]",
                "id!=2                                     | [1, 3, 4, 5]",
                "id<3                                      | [1, 2]",
                "id<=3                                     | [1, 2, 3]",
                "id>3                                      | [4, 5]",
                "id>=3                                     | [3, 4, 5]",
                "budgetHours>1.5                           | [2, 4]",
                "budgetHours>=1.5                          | [1, 2, 4]",
                "budgetHours=-1                            | []",
                "company/id=251                            | [4]",
                "status/name=\"new\"                       | [1, 4]",
                "status/name!=\"New\"                      | [2, 3, 5]",
                "summary<\"P\"                             | [4]",
                "summary contains \"printer\"              | [1, 3]",
                "summary CONTAINS \"PRINTER\"              | [1, 3]",
                "summary like \"printer%\"                 | [1, 3]",
                "summary like \"%hour\"                    | [2]",
                "summary like \"%LAPTOP%\"                 | [4]",
                "summary like \"vpn\"                      | []",
                "summary like \"VPN drops every hour\"     | [2]",
                "summary not like \"printer%\"             | [2, 4, 5]",
                "summary not contains \"printer\"          | [2, 4, 5]",
                "id in (1,3, 5)                            | [1, 3, 5]",
                "id not in (1,3,5)                         | [2, 4]",
                "status/name in (\"New\",\"Closed\")       | [1, 3, 4]",
                "closedFlag=true                           | [3, 5]",
                "closedFlag=False                          | [1, 2, 4]",
                "closedFlag!=true                          | [1, 2, 4]",
                "budgetHours=null                          | [3]",
                "budgetHours!=null                         | [1, 2, 4, 5]",
                "budgetHours != NULL                       | [1, 2, 4, 5]",
                "externalXRef=null                         | [1, 2, 3, 4, 5]",
                "budgetHours<100                           | [1, 2, 4, 5]",
                "not budgetHours<100                       | [3]",
        })
        void selectsTheRightRecords(String conditions, String expected) {
            assertEquals(expected, ids(conditions).toString());
        }

        @Test
        void comparingANullFieldIsFalseAsInSql() {
            assertEquals(List.of(), ids("budgetHours=0.5 AND id=3"));
            assertEquals(List.of(1, 2, 4, 5), ids("budgetHours!=0.75"));
        }

        @Test
        void likeTreatsRegexCharactersLiterally() {
            assertEquals(List.of(5), ids("summary like \"%C:\\\\temp%\""));
            assertEquals(List.of(), ids("summary like \"Printer.*\""));
            assertEquals(List.of(), ids("summary like \"_rinter offline\""));
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "dateEntered>[2024-01-01T00:00:00Z]                  | [1, 2, 4, 5]",
                "_info/dateEntered<[2024-01-01T00:00:00Z]            | [3]",
                "lastUpdated>=[2024-06-01T00:00:00Z]                 | [4]",
                "dateEntered>[2024-02-29]                            | [2, 4, 5]",
                "dateEntered>[2024-02-29T23:59:59Z]                  | [2, 4]",
                "dateEntered=[2024-02-29T23:59:59Z]                  | [5]",
                "dateEntered>[2024-03-05T15:00:00+01:00]             | [2, 4]",
                "dateEntered<[2024-01-10T09:00:00]                   | [3]",
                "dateEntered>=[ 2024-01-10T09:00:00Z ] AND dateEntered<[2024-03-01T00:00:00Z] | [1, 5]",
                "dateEntered in ([2024-01-10T09:00:00Z], [2024-06-01T00:00:00Z]) | [1, 4]",
        })
        void comparesAsInstants(String conditions, String expected) {
            assertEquals(expected, ids(conditions).toString());
        }

        @Test
        void rejectsMalformedDatesAndQuotedDates() {
            assertEquals("InvalidValue", rejected("dateEntered>[yesterday]").code());
            assertEquals("InvalidSyntax", rejected("dateEntered>[2024-01-01").code());
            QueryException quoted = rejected("dateEntered>\"2024-01-01T00:00:00Z\"");
            assertEquals("InvalidValue", quoted.code());
            assertTrue(quoted.getMessage().contains("[2025-01-01T00:00:00Z]"), quoted.getMessage());
        }
    }

    @Nested
    class Logic {

        @Test
        void andBindsTighterThanOr() {
            assertEquals(List.of(1, 4), ids("id=1 OR id=4 AND company/id=251"));
            assertEquals(List.of(1, 4), ids("id=4 AND company/id=251 OR id=1"));
        }

        @Test
        void parenthesesOverridePrecedence() {
            assertEquals(List.of(4), ids("(id=1 OR id=4) AND company/id=251"));
            assertEquals(List.of(1, 4), ids("((id=1) or ((id=4)))"));
        }

        @Test
        void keywordsAreCaseInsensitive() {
            assertEquals(List.of(1, 4), ids("id=1 or id=4"));
            assertEquals(List.of(1), ids("id=1 And closedFlag=FALSE"));
            assertEquals(List.of(2, 4), ids("id In (2,4) aNd NOT (id=3)"));
        }

        @Test
        void notNegatesGroupsAndNests() {
            assertEquals(List.of(2, 3, 5), ids("not (status/name=\"New\")"));
            assertEquals(List.of(1, 4), ids("NOT NOT status/name=\"New\""));
            assertEquals(List.of(2, 5), ids("company/id=250 AND NOT (id=1 OR id=3)"));
        }

        @Test
        void fieldNamesAreCaseInsensitive() {
            assertEquals(List.of(4), ids("COMPANY/ID=251"));
            assertEquals(List.of(3), ids("DATEENTERED<[2024-01-01T00:00:00Z]"));
        }
    }

    @Nested
    class Strings {

        @Test
        void escapedQuoteAndBackslashAreLiteral() {
            assertEquals(List.of(5), ids("summary=\"Path C:\\\\temp says \\\"denied\\\"\""));
            assertEquals(List.of(5), ids("summary contains \"\\\"denied\\\"\""));
        }

        @Test
        void singleQuotedStringsWork() {
            assertEquals(List.of(1), ids("summary='Printer offline'"));
            assertEquals(List.of(5), ids("summary contains 'says \"denied'"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "\" OR company/id != 0",
                "\\\"",
                ")",
                "%",
                "ünïcødé ✓ 中文",
                "'; DROP TABLE tickets; --",
        })
        void injectionAttemptsStayInsideTheStringWhenEscaped(String userText) {
            String escaped = userText.replace("\\", "\\\\").replace("\"", "\\\"");
            assertEquals(List.of(), ids("company/id=251 AND summary contains \"" + escaped + "\""));
            assertEquals(List.of(), ids("summary = \"" + escaped + "\""));
        }

        @Test
        void aVeryLongStringIsHandled() {
            String text = "x".repeat(20_000);
            assertEquals(List.of(), ids("summary contains \"" + text + "\""));
        }

        @Test
        void unescapedQuoteBreaksOutAndIsThenRejected() {
            assertEquals("InvalidSyntax", rejected("summary contains \"a\" OR company/id != 0\"").code());
        }

        @ParameterizedTest
        @ValueSource(strings = {"summary=\"abc", "summary=\"abc\\", "summary=\"a\\nb\"", "summary='abc"})
        void brokenStringsAreRejected(String conditions) {
            assertEquals("InvalidSyntax", rejected(conditions).code());
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "nosuchfield=1                   | InvalidField",
                "company/nosuch=1                | InvalidField",
                "company=250                     | InvalidField",
                "id=\"two\"                      | InvalidValue",
                "summary=5                       | InvalidValue",
                "summary=Printer                 | InvalidValue",
                "closedFlag=1                    | InvalidValue",
                "closedFlag>true                 | InvalidOperator",
                "id contains \"1\"               | InvalidOperator",
                "summary like 5                  | InvalidOperator",
                "id between 1                    | InvalidOperator",
                "id <> 2                         | InvalidOperator",
                "id == 2                         | InvalidSyntax",
                "id > null                       | InvalidOperator",
                "id=                             | InvalidSyntax",
                "=2                              | InvalidSyntax",
                "id=2 AND                        | InvalidSyntax",
                "id=2 OR OR id=3                 | InvalidSyntax",
                "(id=2                           | InvalidSyntax",
                "id=2)                           | InvalidSyntax",
                "id=2 id=3                       | InvalidSyntax",
                "id in ()                        | InvalidSyntax",
                "id in (1 2)                     | InvalidSyntax",
                "id in 1                         | InvalidSyntax",
                "id=2 & id=3                     | InvalidSyntax",
                "id=1.2.3                        | InvalidSyntax",
                "id=12abc                        | InvalidSyntax",
                "id ! 2                          | InvalidSyntax",
                "id                              | InvalidSyntax",
                "and=1                           | InvalidSyntax",
                "company//id=1                   | InvalidSyntax",
                "'   '                           | InvalidSyntax",
        })
        void areRefusedWithACode(String conditions, String code) {
            QueryException e = rejected(conditions);
            assertEquals(code, e.code(), e.getMessage());
            assertEquals("conditions", e.parameter());
        }

        @Test
        void blankExpressionIsRefused() {
            assertEquals("InvalidSyntax", rejected("   ").code());
        }

        @Test
        void messagesPointAtTheProblem() {
            assertTrue(rejected("nosuchfield=1").getMessage().contains("'nosuchfield'"));
            assertTrue(rejected("id=2 )").getMessage().contains("position 6"));
        }
    }

    @Nested
    class ChildConditions {

        private final QuerySchema contacts = QuerySchema.of("contact", FieldCatalog.infer(QueryFixtures.contacts()));

        private List<Integer> contactIds(String childConditions) {
            Predicate<JsonObject> p = ConditionCompiler.childConditions(childConditions, contacts);
            return QueryFixtures.contacts().stream().filter(p).map(c -> Jsons.integer(c, "id")).toList();
        }

        @Test
        void bothComparisonsMustHoldForTheSameElement() {
            assertEquals(List.of(801), contactIds("communicationItems/value like \"ava.admin@contoso.example\""
                    + " AND communicationItems/communicationType=\"Email\""));
            assertEquals(List.of(801, 820), contactIds("communicationItems/value=\"AVA.ADMIN@contoso.example\""));
        }

        @Test
        void nestedChildPathsWork() {
            assertEquals(List.of(801, 802, 820), contactIds("communicationItems/type/name=\"Direct\""));
        }

        @Test
        void orAcrossElements() {
            assertEquals(List.of(801, 802), contactIds("communicationItems/value contains \"ava\" AND "
                    + "communicationItems/communicationType=\"Email\" OR communicationItems/value=\"+1 555 0102\""));
        }

        @Test
        void unknownChildOrFieldIsRefused() {
            QueryException e = assertThrows(QueryException.class,
                    () -> ConditionCompiler.childConditions("firstName=\"Ava\"", contacts));
            assertEquals("InvalidField", e.code());
            assertEquals("childConditions", e.parameter());
            assertEquals("InvalidField", assertThrows(QueryException.class,
                    () -> ConditionCompiler.childConditions("communicationItems/nope=1", contacts)).code());
            assertEquals("childConditions", assertThrows(QueryException.class,
                    () -> ConditionCompiler.childConditions("communicationItems/value=", contacts)).parameter());
        }

        @Test
        void arraysCannotBeUsedInPlainConditions() {
            QueryException e = assertThrows(QueryException.class,
                    () -> ConditionCompiler.conditions("communicationItems=1", contacts));
            assertTrue(e.getMessage().contains("childConditions"), e.getMessage());
        }

        @Test
        void virtualChildSourcesWork() {
            FieldCatalog refs = FieldCatalog.builder().declare("id", FieldType.NUMBER)
                    .declare("deviceIdentifier", FieldType.STRING).build();
            ChildSource configurations = new ChildSource() {
                public List<JsonObject> elements(JsonObject ticket) {
                    int id = Jsons.integer(ticket, "id");
                    return id % 2 == 0 ? List.of(Jsons.obj().add("id", 5).add("deviceIdentifier", "PC-5").build())
                            : List.of();
                }

                public FieldCatalog catalog() {
                    return refs;
                }
            };
            QuerySchema schema = new QuerySchema("ticket", TICKETS.catalog(), java.util.Map.of("configurations", configurations));
            Predicate<JsonObject> p = ConditionCompiler.childConditions("configurations/id=5", schema);
            assertEquals(List.of(2, 4), QueryFixtures.tickets().stream().filter(p).map(t -> Jsons.integer(t, "id")).toList());
        }
    }

    @Nested
    class CustomFieldConditions {

        @Test
        void matchOneCustomFieldElement() {
            JsonObject withField = Jsons.obj().add("id", 1).add("customFields", Jsons.arr()
                    .add(Jsons.obj().add("id", 3).add("caption", "Portal Visible").add("value", true))).build();
            JsonObject without = Jsons.obj().add("id", 2).build();
            Predicate<JsonObject> p = ConditionCompiler.customFieldConditions("caption=\"portal visible\" AND value=true",
                    TICKETS);
            assertTrue(p.test(withField));
            assertTrue(!p.test(without));
            assertTrue(!ConditionCompiler.customFieldConditions("caption=\"Portal Visible\" AND value=false", TICKETS)
                    .test(withField));
        }
    }
}
