package vn.phoihop.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.TerritoryService;

/**
 * Which key signs a post's documents (docs/operations.md, "The unit's signing certificate"), and which authorities
 * the register trusts when it verifies a signature.
 * <ul>
 * <li>{@code app.documents.signing.keystore} (APP_DOCUMENTS_SIGNING_KEYSTORE) names a PKCS#12 file: its key signs
 * every post's documents. It may name a directory instead: each post's documents are signed with the key of
 * {@code <post code>.p12} there (RAMAI.p12), one certificate per issuing unit; a post without its file signs with the
 * demo authority. {@code .password} opens the files, {@code .alias} chooses the entry (else the first key).</li>
 * <li>Not set: every post signs with its certificate from the installation's {@link DemoAuthority}, marked as a
 * demo.</li>
 * <li>{@code app.documents.signing.trusted}: a PEM file of more authorities' certificates to trust (the authority of a
 * certificate used before, or the root above the unit's authority); the top certificate of every configured key
 * store is trusted anyway, and the demo authority when there is one.</li>
 * </ul>
 * The files are read once, at start: a file that cannot be read, a wrong password or a store without a key stops the
 * start with a message that says which.
 */
@Component
class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	/** A certificate that expires sooner than this is announced at every start. */
	static final Duration EXPIRY_WARNING = Duration.ofDays(30);

	private final DemoAuthority demo;

	private final TerritoryService territory;

	/** The one key of every post (a file was named), or null. */
	private final SigningKey single;

	/** The posts' own keys by post code (a directory was named); empty otherwise. */
	private final Map<String, SigningKey> byPost;

	private final List<X509Certificate> trusted;

	SigningKeys(@Value("${app.documents.signing.keystore:}") String keystore,
			@Value("${app.documents.signing.password:}") String password,
			@Value("${app.documents.signing.alias:}") String alias,
			@Value("${app.documents.signing.trusted:}") String trusted, DemoAuthority demo, TerritoryService territory) {
		this.demo = demo;
		this.territory = territory;
		char[] secret = password == null ? new char[0] : password.toCharArray();
		String name = alias == null || alias.isBlank() ? null : alias.strip();
		Map<String, SigningKey> posts = new LinkedHashMap<>();
		SigningKey one = null;
		if (keystore != null && !keystore.isBlank()) {
			Path path = Path.of(keystore.strip());
			if (Files.isDirectory(path)) {
				try (var files = Files.list(path)) {
					for (Path f : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".p12"))
						.sorted().toList()) {
						String file = f.getFileName().toString();
						posts.put(file.substring(0, file.length() - 4).toUpperCase(Locale.ROOT), load(f, secret, name));
					}
				}
				catch (IOException ex) {
					throw new IllegalStateException("APP_DOCUMENTS_SIGNING_KEYSTORE: cannot list " + path, ex);
				}
			}
			else {
				one = load(path, secret, name);
			}
		}
		this.single = one;
		this.byPost = Collections.unmodifiableMap(posts);
		List<X509Certificate> anchors = new ArrayList<>();
		if (single != null) {
			anchors.add(top(single));
		}
		byPost.values().forEach(k -> anchors.add(top(k)));
		if (trusted != null && !trusted.isBlank()) {
			anchors.addAll(pem(Path.of(trusted.strip())));
		}
		this.trusted = List.copyOf(anchors);
	}

	/** The key that signs the post's documents now. */
	SigningKey forPost(long postId) {
		if (single != null) {
			return single;
		}
		BorderPost post = territory.post(postId).orElseThrow(NotFoundException::new);
		SigningKey own = byPost.get(post.getCode().toUpperCase(Locale.ROOT));
		return own != null ? own : demo.keyFor(post);
	}

	/** A key of this installation (the configured one, else the demo authority's), for a signature thrown away. */
	SigningKey anyKey() {
		if (single != null) {
			return single;
		}
		return byPost.values().stream().findFirst().orElseGet(demo::authorityKey);
	}

	/** Whether some post signs with the demo authority (no key store, or a directory without some post's file). */
	boolean demoInUse() {
		return single == null;
	}

	/** The authorities a signature must lead to: the configured ones, and the demo authority if it exists. */
	List<X509Certificate> anchors() {
		List<X509Certificate> all = new ArrayList<>(trusted);
		demo.existingAuthority().ifPresent(all::add);
		return all;
	}

	/** Whether the certificate is this installation's demo authority. */
	boolean isDemoAuthority(X509Certificate certificate) {
		return demo.existingAuthority().map(certificate::equals).orElse(false);
	}

	/** At start: the demo authority made if it may be needed, and every configured certificate's expiry announced. */
	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (single == null && byPost.isEmpty()) {
			log.warn("No signing key store (APP_DOCUMENTS_SIGNING_KEYSTORE): issued documents are signed with this "
					+ "installation's demo authority and say so; see docs/operations.md to install the unit's certificate.");
		}
		if (demoInUse()) {
			demo.authority();
		}
		List<SigningKey> keys = new ArrayList<>(byPost.values());
		if (single != null) {
			keys.add(single);
		}
		Instant soon = Instant.now().plus(EXPIRY_WARNING);
		for (SigningKey k : keys) {
			Instant end = k.certificate().getNotAfter().toInstant();
			if (end.isBefore(Instant.now())) {
				log.error("The signing certificate \"{}\" expired on {}: documents cannot be issued until it is renewed "
						+ "(docs/operations.md).", k.commonName(), end);
			}
			else if (end.isBefore(soon)) {
				log.warn("The signing certificate \"{}\" expires on {}: renew it (docs/operations.md).", k.commonName(), end);
			}
		}
	}

	private static X509Certificate top(SigningKey key) {
		return key.chain().get(key.chain().size() - 1);
	}

	/** The key entry of a PKCS#12 file with its certificate chain. */
	static SigningKey load(Path file, char[] password, String alias) {
		String what = "APP_DOCUMENTS_SIGNING_KEYSTORE (" + file + ")";
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			String entry = alias;
			if (entry == null) {
				for (String a : Collections.list(store.aliases())) {
					if (store.isKeyEntry(a)) {
						entry = a;
						break;
					}
				}
			}
			if (entry == null || !store.isKeyEntry(entry)) {
				throw new IllegalStateException(what + " holds no private key" + (alias == null ? "" : " under the alias "
						+ alias + " (APP_DOCUMENTS_SIGNING_ALIAS)"));
			}
			PrivateKey key = (PrivateKey) store.getKey(entry, password);
			Certificate[] chain = store.getCertificateChain(entry);
			if (chain == null || chain.length == 0) {
				throw new IllegalStateException(what + " holds a key without its certificate");
			}
			List<X509Certificate> certificates = new ArrayList<>();
			for (Certificate c : chain) {
				certificates.add((X509Certificate) c);
			}
			return new SigningKey(key, certificates, false);
		}
		catch (IOException ex) {
			// a wrong password is reported by PKCS#12 as an IOException caused by an UnrecoverableKeyException
			throw new IllegalStateException(what + " cannot be read: " + ex.getMessage()
					+ " (is APP_DOCUMENTS_SIGNING_PASSWORD right?)", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(what + " cannot be opened: " + ex.getMessage(), ex);
		}
	}

	/** The certificates of a PEM file (or of a DER one). */
	static List<X509Certificate> pem(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			List<X509Certificate> out = new ArrayList<>();
			for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				out.add((X509Certificate) c);
			}
			return out;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("APP_DOCUMENTS_SIGNING_TRUSTED (" + file + ") cannot be read: "
					+ ex.getMessage(), ex);
		}
	}

}
