package vn.phoihop.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * The month-end client's settings, from {@code --name=value} arguments ({@link MonthEndRush}), and what every
 * official shares: the run's id, the server's address, the photo.
 *
 * @param base the application's address, e.g. {@code http://127.0.0.1:18080}
 * @param dataDir the embedded PostgreSQL's data folder (its port is in {@code postmaster.pid}), for the count
 * @param officials how many commune officials at once, each of a different commune
 * @param activities how many activities each official logs before sending the month's report
 * @param photoEvery every n-th activity goes with a photo (0: none)
 * @param thinkMillis the mean pause between an official's two requests (half to one and a half times it)
 * @param password the officials' password
 * @param runId marks what this run wrote (titles and reports), to count it afterwards
 */
record RushSettings(String base, Path dataDir, int officials, int activities, int photoEvery, long thinkMillis,
		String password, String runId, byte[] photo) {

	static RushSettings parse(String[] args) {
		Map<String, String> a = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("arguments are --name=value, not " + arg);
			}
			a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		List<String> known = List.of("base", "data-dir", "officials", "activities", "photo-every", "think-ms",
				"password", "run-id");
		a.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
			throw new IllegalArgumentException("unknown argument --" + k + "; known: " + known);
		});
		String runId = a.getOrDefault("run-id", "ME" + Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase());
		return new RushSettings(a.getOrDefault("base", "http://127.0.0.1:18080"),
				Path.of(a.getOrDefault("data-dir", "data/bench-national")),
				Integer.parseInt(a.getOrDefault("officials", "50")), Integer.parseInt(a.getOrDefault("activities", "10")),
				Integer.parseInt(a.getOrDefault("photo-every", "3")), Long.parseLong(a.getOrDefault("think-ms", "1000")),
				a.getOrDefault("password", "Demo@2026"), runId, jpeg());
	}

	URI uri(String path) {
		return URI.create(base + path);
	}

	/** A day as the activity form shows and reads it (dd/MM/yyyy, the date pattern of the Vietnamese pages). */
	String dateText(LocalDate day) {
		return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
	}

	/** The JDBC address of the embedded PostgreSQL running in {@link #dataDir}: its port is postmaster.pid's 4th line. */
	String jdbcUrl() {
		try {
			List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
			return "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres?user=postgres";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No PostgreSQL running in " + dataDir + " (postmaster.pid)", ex);
		}
	}

	/** A small photo (a 320×240 JPEG of a few kilobytes), the same for every activity that has one. */
	private static byte[] jpeg() {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(40, 110, 60));
		g.fillRect(0, 0, 320, 240);
		g.setColor(Color.WHITE);
		g.fillOval(100, 60, 120, 120);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
