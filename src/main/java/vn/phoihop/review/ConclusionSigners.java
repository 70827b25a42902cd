package vn.phoihop.review;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.phoihop.account.PartyFunction;
import vn.phoihop.account.PartySigners;
import vn.phoihop.account.PartySigners.Signer;
import vn.phoihop.document.CommitteeDocuments;
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

	private final CommitteeDocuments committee;

	ConclusionSigners(PartySigners signers, CommitteeDocuments committee) {
		this.signers = signers;
		this.committee = committee;
	}

	/** The post's users who may sign, the secretary first. */
	List<Signer> choices(BorderPost post) {
		return committee.signers(post);
	}

	/** The choice offered first: the secretary, else the commander if they sign, else none (one must be chosen). */
	String byDefault(List<Signer> choices, CurrentUser commander) {
		return CommitteeDocuments.byDefault(choices, commander);
	}

	/**
	 * The signer of a conclusion: the one chosen, which must be one of the post's users who sign; nothing chosen,
	 * the default; null only when the post has nobody who signs (as every document of the committee:
	 * {@link CommitteeDocuments#signer}).
	 */
	Signer resolve(BorderPost post, CurrentUser commander, String chosen) {
		return committee.signer(post, commander, chosen);
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
