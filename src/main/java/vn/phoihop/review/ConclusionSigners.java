package vn.phoihop.review;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.phoihop.account.PartyFunction;
import vn.phoihop.account.PartySigners;
import vn.phoihop.account.PartySigners.Signer;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.BorderPost;

/**
 * Who signs a month's conclusion for the post's Party committee (docs/documents.md, "The signer"): one of the
 * post's users whose Party function signs (secretary, deputy secretary), chosen by the commander when concluding;
 * by default the secretary, else the commander when they sign. A post without any such user concludes without a
 * signer. What an edition prints: its signer as kept, else (concluded before the signer was asked) the function and
 * name of the commander who concluded it when their account has a function that signs, else the function line
 * "BÍ THƯ" alone, as those documents were printed.
 */
@Component
class ConclusionSigners {

	/** What the signature block prints: the function (null: the secretary's line, unnamed) and the name. */
	record Printed(PartyFunction function, String name) {
	}

	private final PartySigners signers;

	ConclusionSigners(PartySigners signers) {
		this.signers = signers;
	}

	/** The post's users who may sign, the secretary first. */
	List<Signer> choices(BorderPost post) {
		return signers.of(post.getId());
	}

	/** The choice offered first: the secretary, else the commander if they sign, else none (one must be chosen). */
	String byDefault(List<Signer> choices, CurrentUser commander) {
		return choices.stream().filter(s -> s.function() == PartyFunction.SECRETARY).findFirst()
			.or(() -> choices.stream().filter(s -> s.username().equalsIgnoreCase(commander.username())).findFirst())
			.map(Signer::username).orElse(null);
	}

	/**
	 * The signer of a conclusion: the one chosen, which must be one of the post's users who sign; nothing chosen,
	 * the default; null only when the post has nobody who signs.
	 */
	Signer resolve(BorderPost post, CurrentUser commander, String chosen) {
		List<Signer> choices = choices(post);
		String username = chosen != null ? chosen : byDefault(choices, commander);
		if (username == null) {
			if (choices.isEmpty()) {
				return null;
			}
			throw new BusinessRuleException("signer", "review.signer.required");
		}
		return choices.stream().filter(s -> s.username().equalsIgnoreCase(username)).findFirst()
			.orElseThrow(() -> new BusinessRuleException("signer", "review.signer.notSigner"));
	}

	/** The signature of an edition as printed (see the class). */
	Printed printed(Edition e) {
		if (e.signerFunction() != null) {
			return new Printed(e.signerFunction(), e.signerName());
		}
		Optional<Signer> commander = signers.now(e.concludedBy())
			.filter(s -> s.function() != null && s.function().signs());
		return commander.map(s -> new Printed(s.function(), s.fullName())).orElse(new Printed(null, null));
	}

}
