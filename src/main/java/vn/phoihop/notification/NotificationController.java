package vn.phoihop.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Paging;

/**
 * {@code /notifications}: the signed-in person's notifications, newest first (all or unread), each a link to its
 * record that marks it read; mark one or all as read. {@code /notifications/bell}: the layout's bell with the
 * unread count, asked for by the page itself (htmx), so that a page's own statements do not include it.
 */
@Controller
class NotificationController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** A notification as the list shows it: its words in the reader's language. */
	public record Row(long id, String kind, String text, String when, boolean read) {
	}

	private final NotificationInbox inbox;

	private final NotificationTexts texts;

	NotificationController(NotificationInbox inbox, NotificationTexts texts) {
		this.inbox = inbox;
		this.texts = texts;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
		Page<Notification> found = inbox.page(user.id(), unread, page);
		List<Row> rows = found.getContent().stream()
			.map(n -> new Row(n.id(), texts.label(n.kind(), locale), texts.text(n, locale),
					WHEN.format(n.createdAt().atZone(ZoneId.systemDefault())), n.read()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("paging", Paging.of(found));
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("page", page);
		model.addAttribute("unreadCount", inbox.unread(user.id()));
		model.addAttribute("pageUrl", unread ? "/notifications?unread=true" : "/notifications");
		return "notification/list";
	}

	@GetMapping("/notifications/bell")
	String bell(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("count", inbox.unread(user.id()));
		return "notification/bell :: bell";
	}

	/** Opens the record: the notification becomes read. */
	@GetMapping("/notifications/{id}")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		String link = inbox.open(user.id(), id);
		// links are written by this module, always a path of the application; anything else is not followed
		return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
	}

	@PostMapping("/notifications/{id}/read")
	String read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "1") int page,
			RedirectAttributes redirect) {
		inbox.markRead(user.id(), id);
		return back(unread, page, redirect);
	}

	@PostMapping("/notifications/read")
	String readAll(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean unread,
			RedirectAttributes redirect) {
		inbox.markAllRead(user.id());
		redirect.addFlashAttribute("success", "notification.allRead");
		return back(unread, 1, redirect);
	}

	private static String back(boolean unread, int page, RedirectAttributes redirect) {
		if (unread) {
			redirect.addAttribute("unread", true);
		}
		if (page > 1) {
			redirect.addAttribute("page", page);
		}
		return "redirect:/notifications";
	}

}
