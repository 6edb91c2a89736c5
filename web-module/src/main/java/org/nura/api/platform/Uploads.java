package org.nura.api.platform;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.nura.platform.control.NuraException;

/**
 * Reads an uploaded file from a multipart request (JAX-RS EntityParts), for the handbook and for live-chat
 * attachments alike: the part named "file", never more than the limit plus one byte, refused early when
 * Content-Length already says it is too big. Its declared Content-Type is ignored: the boundary judges the bytes.
 */
public final class Uploads {

    /** The multipart envelope around the file: boundaries, headers and a token part. */
    static final long ENVELOPE = 64 * 1024L;

    /** The file of an upload: the name its sender gave and its bytes. */
    public record Upload(String name, byte[] bytes) {
    }

    private Uploads() {
    }

    /** The part named "file"; {@code tooLarge} is the refusal for a file over {@code max} bytes. */
    public static Upload file(Long contentLength, List<EntityPart> parts, int max, Supplier<NuraException> tooLarge) {
        if (contentLength != null && contentLength > max + ENVELOPE) {
            throw tooLarge.get();
        }
        EntityPart file = part(parts, "file").orElseThrow(() -> NuraException.invalid("missing_file",
                "Send the file as the multipart part named 'file'"));
        try (InputStream in = file.getContent()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw tooLarge.get();
            }
            return new Upload(utf8(file.getFileName().orElse(null)), bytes);
        } catch (IOException e) {
            throw NuraException.invalid("unreadable_upload", "The upload could not be read: " + e.getMessage());
        }
    }

    /**
     * The file name as its sender wrote it. Browsers send the name's UTF-8 bytes as they are (an Arabic name too),
     * which the multipart parser reads as ISO-8859-1; a name that decodes as valid UTF-8 is read back as such.
     */
    static String utf8(String name) {
        if (name == null || name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xff)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return name; // really Latin-1 ("café.png")
        }
    }

    /** A short text part (a session token, a language), or null when absent; cut at {@code maxBytes}. */
    public static String text(List<EntityPart> parts, String name, int maxBytes) {
        return part(parts, name).map(p -> {
            try (InputStream in = p.getContent()) {
                return new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw NuraException.invalid("unreadable_upload", "The upload could not be read: " + e.getMessage());
            }
        }).orElse(null);
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }
}
