package vn.phoihop.plan;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.phoihop.shared.security.CurrentUser;

/**
 * The calendar feed: the page where a user makes (or makes again) and revokes their secret link
 * ({@code /calendar/link}), and the feed itself ({@code /calendar/feed/{token}.ics}), which a phone's calendar reads
 * without a session (SecurityConfig lets it through) and which serves what the link's owner reads, or 404.
 */
@Controller
class CalendarFeedController {

	private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	private final CalendarFeed feed;

	CalendarFeedController(CalendarFeeds feeds, CalendarFeed feed) {
		this.feeds = feeds;
		this.feed = feed;
	}

	@GetMapping("/calendar/link")
	String link(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("madeAt", feeds.madeAt(user).orElse(null));
		return "plan/feed";
	}

	@PostMapping("/calendar/link")
	String make(@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		String token = feeds.make(user);
		// shown once, on the page this redirect opens: only the token's hash is kept
		flash.addFlashAttribute("feedUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/feed/" + token + ".ics").toUriString());
		flash.addFlashAttribute("success", "plan.feed.made");
		return "redirect:/calendar/link";
	}

	@PostMapping("/calendar/link/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		feeds.revoke(user);
		flash.addFlashAttribute("success", "plan.feed.revoked");
		return "redirect:/calendar/link";
	}

	@GetMapping("/calendar/feed/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return feeds.owner(token)
			.map(owner -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.cacheControl(CacheControl.noStore())
				.header("Content-Disposition", "inline; filename=\"lich-cong-tac.ics\"")
				.body(feed.write(owner, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
