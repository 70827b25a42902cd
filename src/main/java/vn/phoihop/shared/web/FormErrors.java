package vn.phoihop.shared.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.StaleEditException;

/** Turns a refused save into errors on the form, so the page re-renders with the user's input and the message. */
public final class FormErrors {

	private FormErrors() {
	}

	/** Runs the save; on a rule or stale-version refusal records the error and returns false. */
	public static boolean trySave(BindingResult result, Runnable save) {
		try {
			save.run();
			return true;
		}
		catch (BusinessRuleException ex) {
			if (ex.getField() == null) {
				result.reject(ex.getMessageKey(), ex.getArgs(), ex.getMessageKey());
			}
			else {
				result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArgs(), ex.getMessageKey());
			}
			return false;
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			result.reject("edit.stale", "edit.stale");
			return false;
		}
	}

}
