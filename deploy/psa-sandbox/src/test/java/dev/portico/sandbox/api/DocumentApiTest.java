package dev.portico.sandbox.api;

import static dev.portico.sandbox.api.Fakes.array;
import static dev.portico.sandbox.api.Fakes.noHeaders;
import static dev.portico.sandbox.api.Fakes.object;
import static dev.portico.sandbox.api.Fakes.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.SandboxState;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentApiTest {

    private static final String BOUNDARY = "----PorticoBoundary7MA4YWxkTrZu0gW";
    private final DocumentResource documents = new DocumentResource();

    @BeforeEach
    void seed() {
        documents.state = new SandboxState();
    }

    /** A multipart/form-data body as browsers and HTTP clients send it. */
    static byte[] multipart(Map<String, String> fields, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (fileName != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private Response upload(Map<String, String> fields, String fileName, byte[] content) throws Exception {
        return documents.upload("multipart/form-data; boundary=" + BOUNDARY,
                new ByteArrayInputStream(multipart(fields, fileName, content)));
    }

    private static Map<String, String> fields(Object... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
        return m;
    }

    @Test
    void uploadListAndDownloadRoundTrip() throws Exception {
        byte[] content = new byte[] {0, 1, 2, (byte) 0xFF, '\r', '\n', '-', '-', 'x'};
        Response r = upload(fields("recordType", "Ticket", "recordId", 10_001, "title", "Binary blob", "privateFlag",
                "false"), "dir\\blob.bin", content);
        assertEquals(201, r.getStatus());
        JsonObject info = object(r);
        assertEquals("blob.bin", info.getString("fileName"));
        assertEquals("Binary blob", info.getString("title"));
        assertTrue(info.getBoolean("publicFlag"));
        assertEquals(content.length, info.getInt("size"));

        JsonArray listed = array(documents.list(uri("system/documents?recordType=Ticket&recordId=10001"), noHeaders()));
        assertTrue(listed.getValuesAs(JsonObject.class).stream().anyMatch(d -> d.getInt("id") == info.getInt("id")));
        assertEquals(listed.size(), object(documents.count(uri("x?recordType=ticket&recordId=10001"), noHeaders()))
                .getInt("count"));
        Response download = documents.download(info.getInt("id"));
        assertArrayEquals(content, (byte[]) download.getEntity());
        assertEquals("application/octet-stream", download.getMediaType().toString());
        assertEquals(info, object(documents.get(info.getInt("id"))));
    }

    @Test
    void privateFlagDefaultsToPrivateAndPublicFlagIsItsInverse() throws Exception {
        JsonObject hidden = object(upload(fields("recordType", "Ticket", "recordId", 10_002), "a.txt", new byte[] {'a'}));
        assertFalse(hidden.getBoolean("publicFlag"));
        JsonObject shown = object(upload(fields("recordType", "Ticket", "recordId", 10_002, "privateFlag", "false"),
                "b.png", new byte[] {'b'}));
        assertTrue(shown.getBoolean("publicFlag"));
        assertTrue(shown.getBoolean("imageFlag"));
        JsonArray publicOnly = array(documents.list(uri("system/documents?recordType=Ticket&recordId=10002"
                + "&conditions=publicFlag%3Dtrue"), noHeaders()));
        assertTrue(publicOnly.getValuesAs(JsonObject.class).stream().noneMatch(d -> d.getInt("id") == hidden.getInt("id")));
    }

    @Test
    void badUploadsAreRefused() {
        ApiException noFile = assertThrows(ApiException.class, () -> upload(fields("recordType", "Ticket",
                "recordId", 10_001), null, null));
        assertEquals("file", noFile.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, assertThrows(ApiException.class, () -> upload(fields("recordType", "Ticket",
                "recordId", 1), "a.txt", new byte[] {1})).status());
        assertEquals(400, assertThrows(ApiException.class, () -> upload(fields("recordType", "Spaceship",
                "recordId", 10_001), "a.txt", new byte[] {1})).status());
        assertEquals(400, assertThrows(ApiException.class, () -> documents.upload("multipart/form-data",
                new ByteArrayInputStream(new byte[] {1}))).status());
    }

    @Test
    void listingNeedsTheRecord() {
        ApiException e = assertThrows(ApiException.class, () -> documents.list(uri("system/documents"), noHeaders()));
        assertEquals(400, e.status());
        assertEquals(2, e.body().getJsonArray("errors").size());
        assertEquals(404, assertThrows(ApiException.class, () -> documents.download(1)).status());
    }

    @Test
    void seededImagesArePngs() {
        var d = documents.state.current();
        JsonObject png = d.documents.all().stream().filter(x -> x.getString("fileName").endsWith(".png")).findFirst()
                .orElseThrow();
        Response r = documents.download(png.getInt("id"));
        assertEquals("image/png", r.getMediaType().toString());
        byte[] bytes = (byte[]) r.getEntity();
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
    }
}
