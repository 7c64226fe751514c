package dev.portico.sandbox.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small multipart/form-data reader for {@code POST /system/documents}. It avoids depending on the server's
 * optional multipart module, so the WAR behaves the same on every Jakarta EE runtime.
 */
final class Multipart {

    record Part(String name, String fileName, String contentType, byte[] data) {

        String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("(?<![a-z*])name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private Multipart() {
    }

    /** The parts by field name; throws {@link IllegalArgumentException} with a reason when the body is malformed. */
    static Map<String, Part> parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new IllegalArgumentException("the request must be multipart/form-data");
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new IllegalArgumentException("the multipart boundary is missing");
        }
        byte[] delimiter = ("--" + (m.group(2) != null ? m.group(2) : m.group(3))).getBytes(StandardCharsets.ISO_8859_1);
        byte[] separator = concat(CRLF, delimiter);
        Map<String, Part> parts = new LinkedHashMap<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new IllegalArgumentException("no multipart boundary found in the body");
        }
        pos += delimiter.length;
        while (true) {
            if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
                return parts;
            }
            if (!startsWith(body, CRLF, pos)) {
                throw new IllegalArgumentException("malformed multipart boundary line");
            }
            pos += 2;
            int headersEnd = indexOf(body, HEADER_END, pos);
            if (headersEnd < 0) {
                throw new IllegalArgumentException("a multipart part has no header end");
            }
            String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
            int dataStart = headersEnd + HEADER_END.length;
            int dataEnd = indexOf(body, separator, dataStart);
            if (dataEnd < 0) {
                throw new IllegalArgumentException("the multipart body is not terminated");
            }
            Part part = part(headers, Arrays.copyOfRange(body, dataStart, dataEnd));
            if (part != null) {
                parts.putIfAbsent(part.name(), part);
            }
            pos = dataEnd + separator.length;
        }
    }

    private static Part part(String headers, byte[] data) {
        String disposition = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (header.equals("content-disposition")) {
                disposition = line.substring(colon + 1).trim();
            } else if (header.equals("content-type")) {
                type = line.substring(colon + 1).trim();
            }
        }
        if (disposition == null) {
            return null;
        }
        Matcher name = NAME.matcher(disposition);
        if (!name.find()) {
            return null;
        }
        Matcher file = FILE_NAME.matcher(disposition);
        String fileName = file.find() ? file.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
        return new Part(name.group(1), fileName, type, data);
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int at) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
