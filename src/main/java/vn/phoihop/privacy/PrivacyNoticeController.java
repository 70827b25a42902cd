package vn.phoihop.privacy;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.PostCoverage;
import vn.phoihop.territory.TerritoryService;

/**
 * The privacy notice for residents (issue 22 §3): what is kept about a household, why, for how long, their rights and
 * whom to ask, with the post and the communes it covers today; printed with the browser ({@code ?print=1} opens the
 * print dialog, as a printed list does). Every signed-in user prints it for the posts of their unit.
 */
@Controller
class PrivacyNoticeController {

	private final TerritoryService territory;

	PrivacyNoticeController(TerritoryService territory) {
		this.territory = territory;
	}

	@GetMapping("/privacy/notice")
	String notice(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String post,
			@RequestParam(defaultValue = "false") boolean print, Model model) {
		List<BorderPost> posts = postsOf(user);
		BorderPost chosen = post == null || post.isBlank() ? posts.stream().findFirst().orElse(null)
				: posts.stream().filter(p -> p.getCode().equalsIgnoreCase(post.strip())).findFirst()
					.orElseThrow(NotFoundException::new);
		LocalDate today = LocalDate.now(AccessLogFilter.ZONE);
		model.addAttribute("posts", posts);
		model.addAttribute("post", chosen);
		model.addAttribute("communes", chosen == null ? List.of()
				: territory.coverage(chosen.getId()).stream().filter(c -> c.covers(today))
					.map(PostCoverage::getCommune).toList());
		model.addAttribute("today", today);
		if (print) {
			model.addAttribute("print", Boolean.TRUE); // the layout's print view and print.js
		}
		return "privacy/notice";
	}

	/** The posts whose notice the user prints: their post, the posts covering their commune, their province's, all. */
	private List<BorderPost> postsOf(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> territory.allPosts();
			case COMMANDER, POST_CADRE -> user.postId() == null ? List.of() : territory.post(user.postId()).stream().toList();
			case COMMUNE_OFFICIAL -> territory.postsCovering(user.communeId());
			case VIEWER -> user.provinceId() == null ? List.of() : territory.postsInProvince(user.provinceId());
		};
	}

}
