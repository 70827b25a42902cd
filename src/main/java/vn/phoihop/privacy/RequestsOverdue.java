package vn.phoihop.privacy;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import vn.phoihop.privacy.request.PersonalDataRequests;
import vn.phoihop.shared.security.CurrentUser;

/**
 * The privacy module's API for the dashboard: how many requests of the people concerned in the user's scope are past
 * their deadline and still open, and where they are listed. The dashboard reads it; nothing here reads the dashboard.
 */
@Service
public class RequestsOverdue {

	/** The list of the overdue requests (RequestFilter's {@code overdue}). */
	public static final String LIST = "/privacy/requests?overdue=true";

	private final PersonalDataRequests requests;

	RequestsOverdue(PersonalDataRequests requests) {
		this.requests = requests;
	}

	/** 0 for a role that handles no request. */
	public long count(CurrentUser user, LocalDate today) {
		return requests.overdue(user, today);
	}

}
