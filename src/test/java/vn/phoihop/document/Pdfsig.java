package vn.phoihop.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's {@code pdfsig}, a verifier independent of ours (NSS, not Bouncy Castle), run on a file's bytes: what it
 * prints about the file's signatures.
 */
public final class Pdfsig {

	private Pdfsig() {
	}

	public static String run(byte[] pdf) throws IOException, InterruptedException {
		Path dir = Files.createDirectories(Path.of("target/pdfsig"));
		Path file = Files.createTempFile(dir, "signed-", ".pdf");
		try {
			Files.write(file, pdf);
			// a home of its own, without a browser profile or NSS database: pdfsig then starts NSS without one, so the
			// result does not depend on the authorities someone trusted on this machine (none is trusted: the issuer
			// is "not trusted", which says nothing of the signature's validity)
			ProcessBuilder builder = new ProcessBuilder("pdfsig", "-no-ocsp", file.toString()).redirectErrorStream(true);
			builder.environment().put("HOME", Files.createDirectories(dir.resolve("home")).toAbsolutePath().toString());
			Process p = builder.start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("pdfsig ends").isTrue();
			return out;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
