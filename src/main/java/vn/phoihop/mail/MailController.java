package vn.phoihop.mail;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.shared.web.Paging;

/** The kept mail ({@link Mail}): the administrator reads what would have been sent, links included. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MailController {

	private final MailOutbox outbox;

	private final Mail mail;

	MailController(MailOutbox outbox, Mail mail) {
		this.outbox = outbox;
		this.mail = mail;
	}

	@GetMapping("/admin/mail")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		PageRequest request = PageRequest.of(Paging.index(page), Paging.SIZE);
		var messages = new PageImpl<>(outbox.page((int) request.getOffset(), Paging.SIZE), request, outbox.count());
		model.addAttribute("messages", messages);
		model.addAttribute("paging", Paging.of(messages));
		model.addAttribute("delivers", mail.delivers());
		return "mail/outbox";
	}

}
