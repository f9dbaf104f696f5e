package io.servicedesk.dataset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * The {@code dataset} profile's command: generates the reference dataset into the
 * configured (empty) database and ends the application. It runs when the application has
 * started but before the start-up runners, so the generated administrators are there when
 * the staff bootstrap looks for one, and demo data must be off.
 */
@Component
@Profile("dataset")
class DatasetCommand implements ApplicationListener<ApplicationStartedEvent> {

	private final DataSource dataSource;

	private final PasswordEncoder passwordEncoder;

	private final boolean demoData;

	DatasetCommand(DataSource dataSource, PasswordEncoder passwordEncoder,
			@Value("${servicedesk.demo-data.enabled:false}") boolean demoData) {
		this.dataSource = dataSource;
		this.passwordEncoder = passwordEncoder;
		this.demoData = demoData;
	}

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		if (demoData) {
			throw new DatasetRefusedException(
					"Demo data is on (servicedesk.demo-data.enabled=true); the reference dataset needs it off.");
		}
		ApplicationArguments args = event.getApplicationContext().getBean(ApplicationArguments.class);
		DatasetOptions options = DatasetOptions.from(args);
		boolean deferIndexes = !args.containsOption("keep-indexes");
		new ReferenceDataset(passwordEncoder).generate(dataSource, options, deferIndexes);
		System.exit(SpringApplication.exit(event.getApplicationContext(), () -> 0));
	}

}
