package io.servicedesk.attachment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100 MB file goes into the database storage and comes out again in a JVM whose heap is
 * 48 MB: it never sits whole in memory.
 */
@IntegrationTest
class StreamingTests {

	@Autowired
	DataSource dataSource;

	@Test
	void aFileTwiceTheHeapIsStoredAndReadInChunks() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(
				List.of(java, "-Xmx48m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
						StreamingCheck.class.getName(), pool.getJdbcUrl(), pool.getUsername(),
						pool.getPassword() == null ? "" : pool.getPassword(), Long.toString(100L * 1024 * 1024)))
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
		String written = output.lines().filter(line -> line.startsWith("written ")).findFirst().orElseThrow();
		String read = output.lines().filter(line -> line.startsWith("read ")).findFirst().orElseThrow();
		assertThat(read).isEqualTo("read " + written.substring("written ".length()) + " " + 100L * 1024 * 1024);
	}

}
