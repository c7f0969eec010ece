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
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * An answer that never changes while the app runs, prepared once: its bytes, the same gzipped, and a
 * strong ETag made from the bytes, so every instance and every start sends the same tag for the
 * same content. Sending it answers {@code If-None-Match} with 304 and gives gzip to clients that
 * take it.
 */
public record Prepared(String contentType, byte[] bytes, byte[] gzipped, String etag) {

    public static Prepared of(String contentType, byte[] bytes) {
        return new Prepared(contentType, bytes, gzip(bytes), etag(bytes));
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
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", "Accept-Encoding");
        if (matches(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType);
        if (acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(gzipped);
        } else {
            ctx.result(bytes);
        }
    }

    private boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] coding = part.strip().split(";");
            if (coding[0].strip().equals("gzip") || coding[0].strip().equals("*")) {
                return coding.length < 2 || !coding[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
            }
        }
        return false;
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
