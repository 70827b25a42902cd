package vn.phoihop.activity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A form's or a link's type (Spring Boot registers this converter with MVC): none for an empty value, as for the
 * enum it was (the form's "choose" option is compared with the field through it), else {@link ActivityType#valueOf}.
 */
@Component
class ActivityTypeFromText implements Converter<String, ActivityType> {

	@Override
	public ActivityType convert(String code) {
		return code.isBlank() ? null : ActivityType.valueOf(code.strip());
	}

}
