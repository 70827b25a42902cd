package vn.phoihop.notification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.phoihop.review.ReviewEvents.MonthConcluded;
import vn.phoihop.review.ReviewEvents.ReportReturned;
import vn.phoihop.review.ReviewEvents.ReportSentAgain;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.TerritoryService;

/**
 * The review's news, told as it happens, in the decision's transaction: a report returned (to the commune's
 * officials, with the commander's reason), a report sent again (to the post's commanders), a month concluded (to
 * the officials of its communes and to each cadre who got a task in it).
 */
@Component
class ReviewNotices {

	private final Notifications notifications;

	private final Recipients recipients;

	private final TerritoryService territory;

	ReviewNotices(Notifications notifications, Recipients recipients, TerritoryService territory) {
		this.notifications = notifications;
		this.recipients = recipients;
		this.territory = territory;
	}

	@EventListener
	void returned(ReportReturned e) {
		notifications.tell(recipients.officials(List.of(e.communeId())),
				Notification.of(NotificationKind.REPORT_RETURNED, "submission:" + e.submissionId(), "v" + e.version(),
						submissionLink(e.postCode(), e.month(), e.communeId()), DateText.MONTH.format(e.month()),
						communeName(e.communeId()), postName(e.postId()), e.comment()));
	}

	@EventListener
	void sentAgain(ReportSentAgain e) {
		notifications.tell(recipients.commanders(e.postId()),
				Notification.of(NotificationKind.REPORT_SENT_AGAIN, "submission:" + e.submissionId(),
						"v" + e.version(), submissionLink(e.postCode(), e.month(), e.communeId()),
						DateText.MONTH.format(e.month()), communeName(e.communeId()), postName(e.postId())));
	}

	@EventListener
	void concluded(MonthConcluded e) {
		List<Recipient> people = new ArrayList<>(recipients.officials(e.communeIds()));
		people.addAll(recipients.taskCadres(e.reviewId()));
		notifications.tell(people,
				Notification.of(NotificationKind.MONTH_CONCLUDED, "review:" + e.reviewId(), "edition:" + e.edition(),
						"/reviews/" + e.postCode() + "/" + e.month(), DateText.MONTH.format(e.month()),
						postName(e.postId()), e.number(), DateText.DAY.format(e.concludedOn())));
	}

	static String submissionLink(String postCode, java.time.YearMonth month, long communeId) {
		return "/reviews/" + postCode + "/" + month + "/submissions/" + communeId;
	}

	private String communeName(long id) {
		return territory.commune(id).map(Commune::getName).orElse("");
	}

	private String postName(long id) {
		return territory.post(id).map(BorderPost::getName).orElse("");
	}

}
