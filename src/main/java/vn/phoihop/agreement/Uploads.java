package vn.phoihop.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.web.WebConfig;

/**
 * Checks an uploaded file by its content (magic bytes), never by its name or the browser's content type: a renamed
 * executable called "scan.pdf" is refused. Used for agreement scans and activity attachments.
 */
public final class Uploads {

	public static final long MB = 1024L * 1024L;

	public record Checked(String filename, String contentType, byte[] data) {
	}

	private Uploads() {
	}

	/** Returns the file's bytes and detected type; refuses (on {@code field}) an empty, too large or unknown file. */
	public static Checked check(MultipartFile file, long maxBytes, String field, String prefix) {
		if (file == null || file.isEmpty()) {
			throw new BusinessRuleException(field, prefix + ".file.empty");
		}
		if (file.getSize() > maxBytes) {
			throw new BusinessRuleException(field, prefix + ".file.tooLarge", maxBytes / MB);
		}
		byte[] data;
		try (InputStream in = file.getInputStream()) {
			data = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (data.length > maxBytes) {
			throw new BusinessRuleException(field, prefix + ".file.tooLarge", maxBytes / MB);
		}
		String type = detect(data);
		if (type == null) {
			throw new BusinessRuleException(field, prefix + ".file.type");
		}
		return new Checked(cleanName(file.getOriginalFilename(), type), type, data);
	}

	/** PDF, JPEG or PNG by their signatures; null for anything else. */
	public static String detect(byte[] d) {
		if (startsWith(d, new byte[] { '%', 'P', 'D', 'F', '-' })) {
			return "application/pdf";
		}
		if (startsWith(d, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return "image/jpeg";
		}
		if (startsWith(d, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return "image/png";
		}
		return null;
	}

	private static boolean startsWith(byte[] data, byte[] magic) {
		return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
	}

	private static String cleanName(String original, String type) {
		// control and bidi-override characters removed first (a name must not display as another), then the
		// characters that mean a path or a shell
		String name = original == null ? "" : WebConfig.clean(original);
		name = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name;
	}

}
