package dev.portico.psa.ticket;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A file to upload, streamed from {@code content}.
 *
 * @param size the declared size in bytes; larger than the configured limit is refused before sending
 */
public record NewAttachment(String title, String fileName, String contentType, long size, Supplier<InputStream> content) {
}
