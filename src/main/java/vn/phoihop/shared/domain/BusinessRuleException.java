package vn.phoihop.shared.domain;

/**
 * A rule refused the operation. Carries a message key (and the form field it concerns, or null for the whole
 * form) so the controller can show it next to the field.
 */
public class BusinessRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	public BusinessRuleException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArgs() {
		return args;
	}

}
