package vn.phoihop.activity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An activity type is stored as its code, as the enum's name was (V100 changed no stored value). */
@Converter(autoApply = true)
class ActivityTypeConverter implements AttributeConverter<ActivityType, String> {

	@Override
	public String convertToDatabaseColumn(ActivityType type) {
		return type == null ? null : type.code();
	}

	@Override
	public ActivityType convertToEntityAttribute(String code) {
		return code == null ? null : ActivityType.valueOf(code);
	}

}
