package dev.portico.sandbox.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartTest {

    @Test
    void readsFieldsAndFilesWithQuotedBoundaries() {
        String body = "preamble\r\n--b1\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nMy \"file\"\r\n"
                + "--b1\r\ncontent-disposition: form-data; name=\"file\"; filename=\"r\\\"e.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nline1\r\nline2\r\n--b1--\r\nepilogue";
        Map<String, Multipart.Part> parts = Multipart.parse("multipart/form-data; boundary=\"b1\"",
                body.getBytes(StandardCharsets.UTF_8));
        assertEquals("My \"file\"", parts.get("title").text());
        assertNull(parts.get("title").fileName());
        assertEquals("r\"e.txt", parts.get("file").fileName());
        assertEquals("text/plain", parts.get("file").contentType());
        assertArrayEquals("line1\r\nline2".getBytes(StandardCharsets.UTF_8), parts.get("file").data());
    }

    @Test
    void refusesMalformedBodies() {
        byte[] any = "x".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> Multipart.parse("application/json", any));
        assertThrows(IllegalArgumentException.class, () -> Multipart.parse("multipart/form-data", any));
        assertThrows(IllegalArgumentException.class, () -> Multipart.parse("multipart/form-data; boundary=zz", any));
        byte[] unterminated = "--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> Multipart.parse("multipart/form-data; boundary=zz",
                unterminated));
    }
}
