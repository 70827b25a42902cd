package vn.phoihop.account;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may sign a post's Party documents: the post's enabled users whose Party function signs (secretary, deputy
 * secretary), the secretary first. Part of the account module's API (the monthly review's conclusion).
 */
@Service
@Transactional(readOnly = true)
public class PartySigners {

	/** A user who signs, with the function and name a document prints. */
	public record Signer(String username, String fullName, PartyFunction function) {
	}

	private final AppUserRepository users;

	PartySigners(AppUserRepository users) {
		this.users = users;
	}

	/** The post's users who sign, the secretary first, then by name. */
	public List<Signer> of(Long postId) {
		return users.findByPostIdAndEnabledTrue(postId).stream()
			.filter(u -> u.getPartyFunction() != null && u.getPartyFunction().signs())
			.map(PartySigners::signer)
			.sorted(Comparator.comparing(Signer::function).thenComparing(Signer::fullName))
			.toList();
	}

	/** The user's function and name as they are now (any user, any function), for documents signed before. */
	public Optional<Signer> now(String username) {
		return username == null ? Optional.empty() : users.findByUsername(username).map(PartySigners::signer);
	}

	private static Signer signer(AppUser u) {
		return new Signer(u.getUsername(), u.getFullName(), u.getPartyFunction());
	}

}
