package vn.phoihop.agreement;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A content area is stored as its code, as the enum's name was (V100 changed no stored value). */
@Converter(autoApply = true)
public class ContentAreaConverter implements AttributeConverter<ContentArea, String> {

	@Override
	public String convertToDatabaseColumn(ContentArea area) {
		return area == null ? null : area.code();
	}

	@Override
	public ContentArea convertToEntityAttribute(String code) {
		return code == null || code.isEmpty() ? null : ContentArea.valueOf(code);
	}

}
