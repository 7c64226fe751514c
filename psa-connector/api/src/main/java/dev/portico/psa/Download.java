package dev.portico.psa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file streamed from the PSA (attachment, invoice PDF). The caller must close it; nothing is buffered.
 *
 * @param size bytes, or -1 when the PSA did not say
 */
public record Download(String fileName, String contentType, long size, InputStream content) implements AutoCloseable {

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
