package dev.portico.portal.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.config.ConfigValues;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketSettingsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static TicketSettings settings(long attachmentMaxBytes, int attachmentMaxFiles) {
        return new TicketSettings(25, 5000, attachmentMaxBytes, TicketSettings.fileTypes(TicketSettings.DEFAULT_TYPES),
                attachmentMaxFiles, UTC);
    }

    @Test
    void defaultsSuitTheDemo() {
        TicketSettings settings = TicketSettings.defaults(25L * 1024 * 1024, UTC);

        assertEquals(25, settings.pageSize());
        assertEquals(5000, settings.exportMaxRows());
        assertEquals(25L * 1024 * 1024, settings.attachmentMaxBytes());
        assertEquals(25, settings.attachmentMaxMegabytes());
        assertEquals(10, settings.attachmentMaxFiles());
        assertEquals(ZoneId.of("UTC"), settings.zone());
        assertTrue(settings.allowsFile("Report.PDF"));
        assertFalse(settings.allowsFile("setup.exe"));
        assertFalse(settings.allowsFile("noextension"));
        assertFalse(settings.allowsFile("trailingdot."));
    }

    @Test
    void fileTypesAndLimitsComeFromConfiguration() {
        TicketSettings settings = new TicketSettings(25, 100, 1048576, TicketSettings.fileTypes(".PDF, png ,"), 10,
                UTC);

        assertEquals(Set.of("pdf", "png"), settings.allowedFileTypes());
        assertEquals("/(\\.|\\/)(pdf|png)$/i", settings.allowTypesPattern());
        assertEquals(".pdf,.png", settings.acceptList());
        assertEquals(1, settings.attachmentMaxMegabytes());
        assertEquals(100, settings.exportMaxRows());
    }

    @Test
    void malformedValuesStopTheDeploymentNamingTheKey() {
        IllegalArgumentException types = assertThrows(IllegalArgumentException.class,
                () -> TicketSettings.fileTypes("pdf,ex e"));
        IllegalArgumentException zone = assertThrows(IllegalArgumentException.class,
                () -> ConfigValues.zone(Optional.of("Mars/Olympus")));

        assertTrue(types.getMessage().contains(TicketSettings.ALLOWED_FILE_TYPES));
        assertTrue(zone.getMessage().contains(TicketSettings.TIME_ZONE));
    }

    @Test
    void theAttachmentLimitIsThePsasCapability() {
        TicketSettings settings = TicketSettings.defaults(Tickets.capabilities(true, 2048).attachmentMaxBytes(), UTC);

        assertEquals(Optional.empty(), AttachmentRules.check("log.txt", 2048, 0, settings));
        assertEquals("ticket.attach.size", AttachmentRules.check("log.txt", 2049, 0, settings).orElseThrow().key());
        assertThrows(IllegalArgumentException.class, () -> settings(0, 10));
    }

    @Test
    void attachmentsAreCheckedForCountTypeAndSize() {
        TicketSettings settings = settings(1000, 2);

        assertEquals(Optional.empty(), AttachmentRules.check("log.txt", 1000, 0, settings));
        assertEquals("ticket.attach.type", AttachmentRules.check("virus.exe", 10, 0, settings).orElseThrow().key());
        assertEquals("ticket.attach.size", AttachmentRules.check("big.txt", 1001, 0, settings).orElseThrow().key());
        assertEquals("ticket.attach.empty", AttachmentRules.check("empty.txt", 0, 0, settings).orElseThrow().key());
        assertEquals("ticket.attach.tooMany", AttachmentRules.check("third.txt", 5, 2, settings).orElseThrow().key());
        assertEquals("photo.png", AttachmentRules.baseName("C:\\Users\\ava\\photo.png"));
        assertEquals("photo.png", AttachmentRules.baseName("../../photo.png"));
    }
}
