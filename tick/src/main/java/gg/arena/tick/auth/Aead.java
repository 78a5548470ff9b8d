package gg.arena.tick.auth;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** AES-GCM sealing: {@code nonce (12) || ciphertext || tag (16)}. Thread-safe (a Cipher per call). */
final class Aead {

    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final int OVERHEAD = NONCE_BYTES + TAG_BYTES;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Aead() {
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static byte[] seal(SecretKey key, byte[] aad, byte[] plaintext) {
        byte[] nonce = randomBytes(NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(aad);
            byte[] out = new byte[NONCE_BYTES + plaintext.length + TAG_BYTES];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plaintext, or null when the box was not sealed with this key and AAD (or was changed). */
    static byte[] open(SecretKey key, byte[] aad, byte[] sealed) {
        if (sealed.length < OVERHEAD) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    static byte[] nonceOf(byte[] sealed) {
        return Arrays.copyOf(sealed, NONCE_BYTES);
    }
}
