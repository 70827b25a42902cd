package vn.phoihop.shared.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.FlashMap;

/**
 * Session attributes read back as they were written, the signed-in user and the CSRF token kept by their bytes, and
 * nothing one request does to what it read reaching another request.
 */
class SessionAttributeReaderTest {

	private final ConversionService codec = SessionAttributeReader.conversionService(getClass().getClassLoader());

	private byte[] write(Object value) {
		return codec.convert(value, byte[].class);
	}

	private Object read(byte[] bytes) {
		return codec.convert(bytes, Object.class);
	}

	private static SecurityContext signedIn(String username) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_COMMUNE_OFFICIAL"))));
	}

	@Test
	void aSecurityContextReadsBackAndSigningOutInOneRequestLeavesTheNextSignedIn() {
		byte[] bytes = write(signedIn("xa.danhoa"));
		SecurityContext first = (SecurityContext) read(bytes);
		assertThat(first.getAuthentication().getName()).isEqualTo("xa.danhoa");
		assertThat(first.getAuthentication().getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_COMMUNE_OFFICIAL");

		// signing out empties the request's context (SecurityContextLogoutHandler)
		first.setAuthentication(null);
		SecurityContext second = (SecurityContext) read(bytes);
		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication()).isNotNull();
		assertThat(second.getAuthentication().getName()).isEqualTo("xa.danhoa");
		// kept: the same authentication, not deserialized again
		assertThat(second.getAuthentication()).isSameAs(((SecurityContext) read(bytes)).getAuthentication());
	}

	@Test
	void otherBytesAreAnotherUser() {
		SecurityContext a = (SecurityContext) read(write(signedIn("xa.danhoa")));
		SecurityContext b = (SecurityContext) read(write(signedIn("xa.tuyenlam")));
		assertThat(a.getAuthentication().getName()).isEqualTo("xa.danhoa");
		assertThat(b.getAuthentication().getName()).isEqualTo("xa.tuyenlam");
	}

	@Test
	void aCsrfTokenReadsBack() {
		byte[] bytes = write(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc-123"));
		CsrfToken token = (CsrfToken) read(bytes);
		assertThat(token.getToken()).isEqualTo("abc-123");
		assertThat(token.getParameterName()).isEqualTo("_csrf");
		assertThat(read(bytes)).isSameAs(token);
	}

	@Test
	void otherAttributesAreReadAfreshEveryTime() {
		// flash messages: a mutable list that a request empties
		ArrayList<FlashMap> flash = new ArrayList<>();
		FlashMap map = new FlashMap();
		map.put("success", "flash.saved");
		flash.add(map);
		byte[] bytes = write(flash);
		@SuppressWarnings("unchecked")
		List<FlashMap> first = (List<FlashMap>) read(bytes);
		assertThat(first).hasSize(1);
		assertThat(first.get(0).get("success")).isEqualTo("flash.saved");
		first.clear();
		@SuppressWarnings("unchecked")
		List<FlashMap> second = (List<FlashMap>) read(bytes);
		assertThat(second).isNotSameAs(first).hasSize(1);
		assertThat(read(write("một chuỗi"))).isEqualTo("một chuỗi");
	}

}
