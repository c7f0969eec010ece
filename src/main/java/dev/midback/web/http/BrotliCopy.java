package dev.midback.web.http;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The brotli-compressed copy of a prepared answer, made the first time a client that takes brotli asks
 * for it (brotli at its best setting is slow, so nothing is compressed at start that nobody asks for),
 * then kept. One request compresses; those that come meanwhile get empty (and so gzip) rather than
 * compressing the same bytes again, so a rush of first requests costs one compression's memory.
 * Empty where the native encoder does not load on this platform: such clients get gzip.
 */
final class BrotliCopy {

    /** The encoder's largest window, 2^24 bytes; smaller answers use the smallest window that holds them. */
    private static final int MAX_WINDOW_BITS = 24;
    private static final int MIN_WINDOW_BITS = 10;

    private final byte[] source;
    private final boolean text;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile byte[] compressed;

    BrotliCopy(byte[] source, boolean text) {
        this.source = source;
        this.text = text;
    }

    Optional<byte[]> bytes() {
        byte[] done = compressed;
        if (done != null) {
            return Optional.of(done);
        }
        if (!Encoders.AVAILABLE || !started.compareAndSet(false, true)) {
            return Optional.empty();
        }
        done = compress();
        compressed = done;
        return Optional.of(done);
    }

    private byte[] compress() {
        int window = MIN_WINDOW_BITS;
        while (window < MAX_WINDOW_BITS && (1 << window) - 16 < source.length) {
            window++;
        }
        Encoder.Parameters parameters = new Encoder.Parameters().setQuality(11).setWindow(window)
                .setMode(text ? Encoder.Mode.TEXT : Encoder.Mode.GENERIC);
        try {
            return Encoder.compress(source, parameters);
        } catch (IOException e) {
            throw new IllegalStateException("brotli could not compress a prepared answer", e);
        }
    }

    /** Whether the native encoder loaded, asked once, when the first brotli client comes. */
    private static final class Encoders {
        static final boolean AVAILABLE = Brotli4jLoader.isAvailable();
    }
}
