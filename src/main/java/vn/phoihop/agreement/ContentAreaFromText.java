package vn.phoihop.agreement;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A form's or a link's content area (Spring Boot registers this converter with MVC): none for an empty value, as for
 * the enum it was, else {@link ContentArea#valueOf}.
 */
@Component
class ContentAreaFromText implements Converter<String, ContentArea> {

	@Override
	public ContentArea convert(String code) {
		return code.isBlank() ? null : ContentArea.valueOf(code.strip());
	}

}
