package gg.arena.router.reload;

import graphql.language.AstPrinter;
import graphql.language.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short SHA-256 fingerprints: of raw inputs (to notice a change) and of a parsed supergraph (to name it). */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The first 12 hex digits of the hash of the supergraph as printed from its syntax tree: comments and layout do
     * not change it, any definition does.
     */
    public static String supergraph(Document document) {
        return of(AstPrinter.printAstCompact(document)).substring(0, 12);
    }
}
