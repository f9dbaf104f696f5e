package servicedesk.dev;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The load benchmark's PostgreSQL 18 (embedded binaries) on an existing data directory,
 * the reference dataset's, in a process of its own, so that the application under
 * measurement is the packaged jar and nothing else. Started by {@code bench/run}; it runs
 * until the process is stopped, and keeps the data directory.
 *
 * <pre>java -cp … servicedesk.dev.BenchDatabase &lt;data dir&gt; &lt;port&gt; &lt;shared buffers&gt;</pre>
 */
public final class BenchDatabase {

	private BenchDatabase() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]).toAbsolutePath();
		if (!Files.isDirectory(data)) {
			throw new IllegalArgumentException("No database in " + data);
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(Integer.parseInt(args[1]))
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", args.length > 2 ? args[2] : "2GB")
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (java.io.IOException ex) {
				ex.printStackTrace();
			}
		}));
		System.out.println("ready: PostgreSQL on " + args[1] + " with data in " + data);
		Thread.currentThread().join();
	}

}
