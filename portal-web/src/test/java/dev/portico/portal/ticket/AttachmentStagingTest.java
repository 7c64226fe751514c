package dev.portico.portal.ticket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.ticket.NewAttachment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AttachmentStagingTest {

    private final TicketSettings settings = TicketSettings.defaults(64, ZoneOffset.UTC);

    @Test
    void aStagedFileIsNamedAfterItselfUntilRenamedAndStreamsItsContent() throws IOException {
        AttachmentStaging staging = new AttachmentStaging();
        byte[] content = "line one\n".getBytes(StandardCharsets.UTF_8);

        assertTrue(staging.add("C:\\temp\\error log.txt", "text/plain", content.length,
                new ByteArrayInputStream(content), settings).isEmpty());
        AttachmentStaging.Staged staged = staging.getFiles().get(0);
        staged.setName("  The error log ");
        NewAttachment attachment = staging.attachment(staged);

        assertEquals("error log.txt", staged.getFileName());
        assertEquals("The error log", attachment.title());
        assertEquals(content.length, attachment.size());
        try (InputStream in = attachment.content().get()) {
            assertArrayEquals(content, in.readAllBytes());
        }
        staging.clear();
        assertTrue(staging.isEmpty());
    }

    @Test
    void aFileLargerThanDeclaredIsRefusedAfterCopying() throws IOException {
        AttachmentStaging staging = new AttachmentStaging();

        var refusal = staging.add("big.txt", "text/plain", 10, new ByteArrayInputStream(new byte[100]), settings);

        assertEquals("ticket.attach.size", refusal.orElseThrow().key());
        assertTrue(staging.isEmpty());
    }

    @Test
    void aRefusedTypeIsNeverStored() throws IOException {
        AttachmentStaging staging = new AttachmentStaging();

        var refusal = staging.add("tool.exe", null, 3, new ByteArrayInputStream(new byte[3]), settings);

        assertEquals("ticket.attach.type", refusal.orElseThrow().key());
        assertTrue(staging.isEmpty());
    }
}
