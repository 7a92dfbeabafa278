package httpfromscratch.staticfiles;

import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What tells one version of a file from the next (RFC 9110 §8.8), so that a client holding a copy
 * can ask "has it changed?" instead of downloading it again.
 *
 * @param etag         an entity tag such as {@code "18bf0a1c2d8-1c4"}: opaque to the client, which
 *                     only sends it back
 * @param lastModified the modification time, cut to whole seconds because that is all an HTTP date
 *                     can say
 */
record FileVersion(String etag, Instant lastModified) {

    static FileVersion of(BasicFileAttributes attributes) {
        Instant modified = attributes.lastModifiedTime().toInstant();
        return new FileVersion(entityTag(attributes.size(), modified), modified.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Modification time (in milliseconds) and size, in hex, in quotes. It changes whenever the file
     * is saved, costs no reading of the file (a hash of the content would), and is finer than the
     * one-second {@code Last-Modified}. Two servers sharing a folder would make different tags only
     * if their clocks stamped the files differently.
     */
    static String entityTag(long size, Instant modified) {
        return "\"" + Long.toHexString(modified.toEpochMilli()) + "-" + Long.toHexString(size) + "\"";
    }
}
