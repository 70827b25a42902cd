package vn.phoihop.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * What the server says about working offline: the service worker's script and the manifest (public), which pages each
 * role's device may keep (a commune official's own work; nobody else's pages), what an official keeps, the session's
 * token for the outbox, whether a form token was used (by its own user only), and the static files served as their
 * copies compressed at build time.
 */
@IntegrationTest
class OfflineServerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	private MvcTestResult get(String user, String path, String... headers) {
		var request = mvc.get().uri(path);
		if (user != null) {
			request = request.with(users.as(user));
		}
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void theWorkerIsServedToAnyoneNeverCachedWithTheFilesOfThisBuildAndTheFormsOfTheOutbox() throws Exception {
		MvcTestResult sw = get(null, "/sw.js");
		assertThat(sw).hasStatusOk();
		assertThat(sw.getResponse().getContentType()).startsWith("text/javascript");
		assertThat(sw.getResponse().getHeader("Cache-Control")).contains("no-cache");
		String script = sw.getResponse().getContentAsString();
		assertThat(script).startsWith("var VERSION = '").containsPattern("\"/js/app-[0-9a-f]{32}\\.js\"")
			.containsPattern("\"/css/app-[0-9a-f]{32}\\.css\"").contains("\"/webjars/bootstrap/dist/css/bootstrap.min.css\"")
			.contains("\"/offline\"").contains("^/activities$").contains("submissions").contains("/done$")
			.doesNotContain("chart.js");
		// the same build serves the same script: its version does not change from one request to the next
		assertThat(get(null, "/sw.js").getResponse().getContentAsString()).isEqualTo(script);
	}

	@Test
	void theManifestNamesTheAppInVietnameseWithItsIconsAndOpensStandaloneAtTheDashboard() throws Exception {
		MvcTestResult manifest = get(null, "/manifest.webmanifest");
		assertThat(manifest).hasStatusOk();
		assertThat(manifest.getResponse().getContentType()).startsWith("application/manifest+json");
		assertThat(manifest).bodyJson().extractingPath("$.short_name").isEqualTo("Phối hợp");
		assertThat(manifest).bodyJson().extractingPath("$.name").asString().contains("Biên phòng");
		assertThat(manifest).bodyJson().extractingPath("$.lang").isEqualTo("vi");
		assertThat(manifest).bodyJson().extractingPath("$.display").isEqualTo("standalone");
		assertThat(manifest).bodyJson().extractingPath("$.start_url").isEqualTo("/");
		assertThat(manifest).bodyJson().extractingPath("$.theme_color").isEqualTo("#1f4d2b");
		assertThat(manifest).bodyJson().extractingPath("$.icons[*].sizes").asArray()
			.containsExactly("192x192", "512x512", "512x512");
		assertThat(manifest).bodyJson().extractingPath("$.icons[2].purpose").isEqualTo("maskable");
		String icon = manifest.getResponse().getContentAsString().replaceAll(".*\"(/images/icon-512-[0-9a-f]+\\.png)\".*",
				"$1");
		assertThat(get(null, icon)).hasStatusOk().hasContentType("image/png");
	}

	@Test
	void theOfflinePageIsPublicAndSaysInVietnameseWhatWorksWithoutALink() {
		assertThat(get(null, "/offline")).hasStatusOk().bodyText().contains("Không có kết nối mạng", "Hộp chờ gửi");
	}

	@Test
	void onlyACommuneOfficialsOwnPagesMayBeKeptOnTheDevice() {
		String official = OfflineUser.idOf("xa.danhoa");
		for (String path : List.of("/", "/activities/new", "/households", "/outbox")) {
			assertThat(get("xa.danhoa", path)).as(path).hasStatusOk().hasHeader(OfflineCopies.KEEP, "1")
				.hasHeader(OfflineCopies.USER, official);
		}
		assertThat(get("xa.danhoa", "/activities/form-fields?type=PATROL", "HX-Request", "true"))
			.hasHeader(OfflineCopies.KEEP, "1");
		// a part of a page, a printed list, a page not needed offline: not kept
		assertThat(get("xa.danhoa", "/households?q=a", "HX-Request", "true")).doesNotContainHeader(OfflineCopies.KEEP);
		assertThat(get("xa.danhoa", "/households?print=1")).doesNotContainHeader(OfflineCopies.KEEP);
		assertThat(get("xa.danhoa", "/activities")).doesNotContainHeader(OfflineCopies.KEEP);
		// other roles keep only their outbox's page: their scope is wider than a phone should carry
		for (String user : List.of("chihuy.ramai", "canbo.ramai", "admin", "tinh.quangtri")) {
			assertThat(get(user, "/")).as(user).doesNotContainHeader(OfflineCopies.KEEP);
			assertThat(get(user, "/outbox")).as(user).hasHeader(OfflineCopies.KEEP, "1");
		}
	}

	@Test
	void anOfficialKeepsTheirDashboardFormAndTheirCommunesReportsAndTheOthersTheirOutbox() throws Exception {
		long danHoa = jdbc.queryForObject("select commune_id from app_user where username = 'xa.danhoa'", Long.class);
		assertThat(get("xa.danhoa", "/offline/plan")).bodyJson().extractingPath("$.keep").asArray()
			.contains("/", "/activities/new", "/outbox")
			.anySatisfy(u -> assertThat((String) u).matches("/reviews/[^/]+/\\d{4}-\\d{2}/submissions/" + danHoa));
		// a report page of the official's commune is kept; another commune's is not even shown
		String plan = get("xa.danhoa", "/offline/plan").getResponse().getContentAsString(StandardCharsets.UTF_8);
		String report = ((List<?>) JsonPath.read(plan, "$.keep")).stream().map(String.class::cast)
			.filter(u -> u.contains("/submissions/")).findFirst().orElseThrow();
		assertThat(get("xa.danhoa", report)).hasStatusOk().hasHeader(OfflineCopies.KEEP, "1");
		assertThat(get("chihuy.ramai", "/offline/plan")).bodyJson().extractingPath("$.keep").asArray()
			.containsExactly("/outbox");
	}

	@Test
	void theOutboxAsksTheSessionsTokenAndWhetherItsOwnFormTokenWasUsed() {
		assertThat(get("xa.danhoa", "/offline/session")).hasStatusOk().bodyJson().extractingPath("$.user")
			.isEqualTo(OfflineUser.idOf("xa.danhoa"));
		assertThat(get("xa.danhoa", "/offline/session")).bodyJson().extractingPath("$.token").asString().isNotBlank();
		assertThat(get(null, "/offline/session")).hasStatus3xxRedirection();
		String token = "offline-" + System.nanoTime();
		jdbc.update("insert into form_token (token, username) values (?, 'xa.danhoa')", token);
		assertThat(get("xa.danhoa", "/offline/sent?token=" + token)).bodyJson().extractingPath("$.sent").isEqualTo(true);
		// another user's token is not theirs to ask about
		assertThat(get("xa.tuyenlam", "/offline/sent?token=" + token)).bodyJson().extractingPath("$.sent").isEqualTo(false);
		assertThat(get("xa.danhoa", "/offline/sent?token=nothing")).bodyJson().extractingPath("$.sent").isEqualTo(false);
		jdbc.update("delete from form_token where token = ?", token);
	}

	@Test
	void staticFilesAreServedAsTheirCopiesCompressedAtBuildTime() throws Exception {
		for (String path : linkedFiles()) {
			MvcTestResult br = get(null, path, "Accept-Encoding", "gzip, deflate, br, zstd");
			assertThat(br).as(path).hasStatusOk().hasHeader("Content-Encoding", "br");
			assertThat(br.getResponse().getHeader("Vary")).as(path).contains("Accept-Encoding");
			MvcTestResult gzip = get(null, path, "Accept-Encoding", "gzip");
			assertThat(gzip).as(path).hasHeader("Content-Encoding", "gzip");
			MvcTestResult plain = get(null, path);
			assertThat(plain).as(path).doesNotContainHeader("Content-Encoding");
			assertThat(br.getResponse().getContentAsByteArray().length).as(path)
				.isLessThan(gzip.getResponse().getContentAsByteArray().length)
				.isLessThan(plain.getResponse().getContentAsByteArray().length / 2);
		}
	}

	/**
	 * Every webjar file and own script or style sheet a template links, of 1 KB or more (smaller ones are not worth
	 * compressing: Precompress.SMALLEST); a webjar file the build does not compress (pom.xml) fails here.
	 */
	private static boolean worthCompressing(String link) {
		String path = link.startsWith("/webjars/") ? new org.webjars.WebJarVersionLocator()
			.fullPath(link.split("/")[2], link.substring(link.indexOf('/', 9) + 1)) : "static" + link;
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes().length >= 1024;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<String> linkedFiles() throws IOException {
		Pattern link = Pattern.compile("@\\{(/(?:webjars|js|css)/[^}]+\\.(?:js|css))}");
		Path templates = new ClassPathResource("templates").getFile().toPath();
		try (Stream<Path> files = Files.walk(templates)) {
			return files.filter(f -> f.toString().endsWith(".html")).flatMap(f -> {
				try {
					Matcher m = link.matcher(Files.readString(f));
					return m.results().map(r -> r.group(1)).toList().stream();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).distinct().filter(OfflineServerTest::worthCompressing).sorted().toList();
		}
	}

}
