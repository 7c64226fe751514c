package dev.portico.portal.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmailListTest {

    @Test
    void addressesMayBeSeparatedByCommasSemicolonsSpacesOrLines() {
        EmailList list = EmailList.parse(" a@x.example, b@y.example;c@z.example\nd@w.example  a@x.example ");

        assertEquals(List.of("a@x.example", "b@y.example", "c@z.example", "d@w.example"), list.addresses());
        assertTrue(list.isValid());
    }

    @Test
    void whatIsNotAnAddressIsNamed() {
        EmailList list = EmailList.parse("ok@x.example, not-an-address, @x.example, y@nodot, \"evil\"@x.example");

        assertEquals(List.of("ok@x.example"), list.addresses());
        assertEquals(List.of("not-an-address", "@x.example", "y@nodot", "\"evil\"@x.example"), list.invalid());
        assertFalse(list.isValid());
    }

    @Test
    void blankIsNoRecipients() {
        assertTrue(EmailList.parse(null).addresses().isEmpty());
        assertTrue(EmailList.parse("  ").isValid());
    }

    @Test
    void tooManyAddressesAreRefused() {
        String many = IntStream.range(0, EmailList.MAX + 1).mapToObj(i -> "p" + i + "@x.example")
                .collect(Collectors.joining(","));

        assertFalse(EmailList.parse(many).isValid());
    }
}
