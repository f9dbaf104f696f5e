package io.servicedesk;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ServiceDeskApplication.class);

	@Test
	void modulesRespectTheirBoundariesAndHaveNoCycles() {
		modules.verify();
	}

	/**
	 * The module diagrams of docs/architecture.md, written into docs/modules so that a
	 * change of the module structure shows in the commit that makes it.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
