// Compresses the static files once, at build time, at the best level: gzip -9 and Brotli (quality 11) next to each
// file, which Spring's EncodedResourceResolver serves to a browser that accepts them (shared.web.WebConfig). Run by
// the build (pom.xml, exec-maven-plugin, phase process-classes) with the project's test class path, which holds the
// webjars and Brotli4j; neither this file nor Brotli4j is in the production jar.
//
//   java -cp <class path> src/build/java/Precompress.java <target/classes> <webjar/path> ...
//
// Every .css, .js, .svg and .json file under <target/classes>/static is compressed; each webjar file named (as its
// link says it: "bootstrap/dist/css/bootstrap.min.css") is read from its jar and written compressed under
// <target/classes>/META-INF/resources/webjars/<name>/<version>/..., the place its link resolves to, so that the
// resolver finds the compressed copies on the class path beside the originals in the jars. A compressed copy that is
// not smaller than its file is not kept. Brotli needs a native library of Brotli4j for the build machine's platform;
// where there is none the build says so and keeps gzip only.

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

public class Precompress {

	static final List<String> EXTENSIONS = List.of(".css", ".js", ".svg", ".json", ".webmanifest");

	/** Files smaller than this travel in one packet anyway. */
	static final int SMALLEST = 512;

	public static void main(String[] args) throws Exception {
		Path classes = Path.of(args[0]);
		boolean brotli = brotliAvailable();
		if (!brotli) {
			System.out.println("[precompress] Brotli4j has no native library for this platform: gzip only");
		}
		int[] count = { 0 };
		try (Stream<Path> files = Files.walk(classes.resolve("static"))) {
			for (Path file : files.filter(Precompress::compressible).toList()) {
				count[0] += write(file, Files.readAllBytes(file), brotli);
			}
		}
		ClassLoader loader = Precompress.class.getClassLoader();
		org.webjars.WebJarVersionLocator locator = new org.webjars.WebJarVersionLocator();
		for (int i = 1; i < args.length; i++) {
			String link = args[i];
			int slash = link.indexOf('/');
			String full = locator.fullPath(link.substring(0, slash), link.substring(slash + 1));
			if (full == null) {
				throw new IllegalStateException("no webjar file for " + link);
			}
			try (InputStream in = loader.getResourceAsStream(full)) {
				count[0] += write(classes.resolve(full), in.readAllBytes(), brotli);
			}
		}
		System.out.println("[precompress] " + count[0] + " compressed copies written" + (brotli ? " (gzip and br)" : " (gzip)"));
	}

	static boolean compressible(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && EXTENSIONS.stream().anyMatch(name::endsWith);
	}

	static int write(Path file, byte[] content, boolean brotli) throws IOException {
		if (content.length < SMALLEST) {
			return 0;
		}
		Files.createDirectories(file.getParent());
		int written = keep(file, ".gz", gzip(content), content.length);
		if (brotli) {
			written += keep(file, ".br", brotli(content), content.length);
		}
		return written;
	}

	static int keep(Path file, String extension, byte[] compressed, int original) throws IOException {
		Path target = file.resolveSibling(file.getFileName() + extension);
		if (compressed.length >= original) {
			Files.deleteIfExists(target);
			return 0;
		}
		Files.write(target, compressed);
		return 1;
	}

	static byte[] gzip(byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gz.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static boolean brotliAvailable() {
		try {
			com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
			return true;
		}
		catch (Throwable ex) {
			return false;
		}
	}

	static byte[] brotli(byte[] content) throws IOException {
		com.aayushatharva.brotli4j.encoder.Encoder.Parameters best = new com.aayushatharva.brotli4j.encoder.Encoder.Parameters()
			.setQuality(11)
			.setMode(com.aayushatharva.brotli4j.encoder.Encoder.Mode.TEXT);
		return com.aayushatharva.brotli4j.encoder.Encoder.compress(content, best);
	}

}
