package vn.phoihop.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server in the test JVM (GreenMail, on a free port, started once), named as the integration tests'
 * {@code spring.mail.host} and {@code spring.mail.port}: the application sends its mail over SMTP as in production
 * (and, being in evaluation mode, also keeps it for /admin/mail), and a test reads what arrived. Registered on
 * {@link IntegrationTest} as a context initializer, so every integration test still shares one context.
 */
public class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	public static synchronized GreenMail server() {
		if (server == null) {
			GreenMail started = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
			server = started;
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testMail",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", server().getSmtp().getPort())));
	}

	/**
	 * The messages that arrived for an address (whatever its case) so far, oldest first, waiting up to ten seconds for
	 * at least {@code count}.
	 */
	public static List<MimeMessage> to(String address, int count) throws InterruptedException, MessagingException {
		long until = System.currentTimeMillis() + 10_000;
		while (true) {
			List<MimeMessage> found = received(address);
			if (found.size() >= count || System.currentTimeMillis() > until) {
				return found;
			}
			Thread.sleep(100);
		}
	}

	private static List<MimeMessage> received(String address) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage m : server().getReceivedMessages()) {
			if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
				found.add(m);
			}
		}
		return found;
	}

	/** A message's text, decoded (quoted-printable, UTF-8). */
	public static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
