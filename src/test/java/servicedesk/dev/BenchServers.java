package servicedesk.dev;

import java.nio.file.Files;
import java.nio.file.Path;

import com.icegreen.greenmail.util.GreenMail;
import io.servicedesk.support.EmbeddedMailServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The servers the mail benchmark's application talks to, in a process of their own: a
 * PostgreSQL 18 (embedded binaries) and the mail server (GreenMail). Started by
 * {@code bench/mail-run}; they run until the process is stopped.
 *
 * <pre>java -cp … servicedesk.dev.BenchServers &lt;data dir&gt; &lt;db port&gt; &lt;smtp port&gt; &lt;imap port&gt;</pre>
 */
public final class BenchServers {

	private BenchServers() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]).toAbsolutePath();
		Files.createDirectories(data);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setPort(Integer.parseInt(args[1]))
			.setServerConfig("max_connections", "100")
			.start();
		GreenMail mail = EmbeddedMailServer.start(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			mail.stop();
			try {
				postgres.close();
			}
			catch (java.io.IOException ex) {
				ex.printStackTrace();
			}
		}));
		System.out.println("ready: PostgreSQL on " + args[1] + ", SMTP on " + args[2] + ", IMAP on " + args[3]);
		Thread.currentThread().join();
	}

}
