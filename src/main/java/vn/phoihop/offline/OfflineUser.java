package vn.phoihop.offline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import vn.phoihop.shared.security.CurrentUser;

/**
 * The signed-in user as the device knows them: a digest of the username, the same on every page
 * ({@code ${@offlineUser.current()}} in the layout) and in every kept answer ({@link OfflineCopies}). It marks whose
 * records the outbox holds (sent only in that user's session) and tells the service worker that another person signed
 * in on this device (the previous person's page copies are then dropped: docs/privacy.md).
 */
@Component("offlineUser")
public class OfflineUser {

	/** The signed-in user's id on the device, or null. */
	public String current() {
		CurrentUser user = CurrentUser.get();
		return user == null ? null : idOf(user.username());
	}

	static String idOf(String username) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
