package vn.phoihop.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.db.RunMode;

/**
 * Encrypts the authenticators' shared secrets (AES-256-GCM, a random 96-bit nonce per value, stored as
 * {@code v1:<base64 of nonce and ciphertext>}) under {@code app.security.encryption-key} (APP_SECURITY_ENCRYPTION_KEY,
 * 32 bytes in base64: {@code openssl rand -base64 32}). A copy of the database alone then reveals no secret.
 * Production refuses to start without a valid key; evaluation mode uses {@link #EVALUATION_KEY}, which is public.
 */
@Component
class SecretBox {

	/** The evaluation mode's key: written here, so it protects nothing; production must set its own. */
	static final String EVALUATION_KEY = "cGhvaWhvcC1ldmFsdWF0aW9uLW9ubHkta2V5LTIwMjY=";

	private static final String PREFIX = "v1:";

	private static final int NONCE = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretBox(Environment environment, @Value("${app.security.encryption-key:}") String configured) {
		String encoded = configured == null ? "" : configured.strip();
		if (encoded.isEmpty()) {
			if (RunMode.of(environment) != RunMode.EVALUATION) {
				throw new IllegalStateException("APP_SECURITY_ENCRYPTION_KEY is not set: it encrypts the secrets of "
						+ "two-step sign-in. Set it to 32 random bytes in base64 (openssl rand -base64 32) and start "
						+ "again; keep it with the database's backups.");
			}
			encoded = EVALUATION_KEY;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(encoded);
		}
		catch (IllegalArgumentException ex) {
			bytes = new byte[0];
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("APP_SECURITY_ENCRYPTION_KEY must be 32 bytes in base64 "
					+ "(openssl rand -base64 32).");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	String seal(String plain) {
		try {
			byte[] nonce = new byte[NONCE];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt", ex);
		}
	}

	/** The plain value; refuses a value sealed under another key (the tag does not match). */
	String open(String sealed) {
		if (sealed == null || !sealed.startsWith(PREFIX)) {
			throw new IllegalStateException("not a sealed value");
		}
		try {
			byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
			return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("cannot decrypt a second-factor secret: was "
					+ "APP_SECURITY_ENCRYPTION_KEY changed?", ex);
		}
	}

}
