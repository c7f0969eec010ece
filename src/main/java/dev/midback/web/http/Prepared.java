package dev.midback.web.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * An answer that never changes while the app runs, prepared once: its bytes, the same gzipped (and
 * brotli-compressed when first asked for), and a strong ETag made from the bytes, so every instance
 * and every start sends the same tag for the same content. Sending it answers {@code If-None-Match}
 * with 304 and gives brotli or gzip to clients that take them; a compressed copy's tag is the
 * plain tag with {@code --br} or {@code --gzip} added, since its bytes differ, and any of the three
 * tags matches.
 */
public record Prepared(String contentType, byte[] bytes, byte[] gzipped, BrotliCopy brotli, String etag) {

    public static Prepared of(String contentType, byte[] bytes) {
        return new Prepared(contentType, bytes, gzip(bytes), new BrotliCopy(bytes, isText(contentType)), etag(bytes));
    }

    private static boolean isText(String contentType) {
        return contentType.startsWith("text/") || contentType.contains("json") || contentType.contains("javascript")
                || contentType.contains("svg") || contentType.contains("xml");
    }

    /** A file shipped in the program, read once. */
    public static Prepared resource(String path, String contentType) {
        try (InputStream in = Prepared.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the program");
            }
            return of(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the answer (or 304 when the client holds it already) with this {@code Cache-Control}. */
    public void send(Context ctx, String cacheControl) {
        String acceptEncoding = ctx.header("Accept-Encoding");
        Optional<byte[]> brotlied = accepts(acceptEncoding, "br") ? brotli.bytes() : Optional.empty();
        boolean gzip = brotlied.isEmpty() && accepts(acceptEncoding, "gzip");
        String coding = brotlied.isPresent() ? "br" : gzip ? "gzip" : null;
        ctx.header("ETag", coding == null ? etag : tagged(coding));
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", "Accept-Encoding");
        if (matches(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType);
        if (coding != null) {
            ctx.header("Content-Encoding", coding);
        }
        ctx.result(brotlied.orElse(gzip ? gzipped : bytes));
    }

    /** The tag of a compressed copy: {@code "abc"} becomes {@code "abc--gzip"}. */
    private String tagged(String coding) {
        return etag.substring(0, etag.length() - 1) + "--" + coding + "\"";
    }

    private boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag) || t.equals(tagged("gzip")) || t.equals(tagged("br"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an {@code Accept-Encoding} header takes the coding (named, or by {@code *}) with a weight above 0. */
    static boolean accepts(String acceptEncoding, String wanted) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean byStar = null;
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] coding = part.strip().split(";");
            boolean takes = coding.length < 2 || !coding[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
            String name = coding[0].strip();
            if (name.equals(wanted)) {
                return takes;
            }
            if (name.equals("*")) {
                byStar = takes;
            }
        }
        return Boolean.TRUE.equals(byStar);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
