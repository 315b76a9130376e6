package se.sparbar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Package by feature: each module's {@code domain} and {@code web} packages are internal; other
 * modules use only what a module's root package offers (the demo module also a {@code seeding} named
 * interface), only the modules its {@code allowedDependencies} name, and there are no cycles between
 * modules. {@link ModuleRulesTest} and {@link ModuleTablesTest} check what this cannot see.
 */
class ArchitectureTest {

    private final ApplicationModules modules = ApplicationModules.of(SparbarApplication.class);

    @Test
    void modulesRespectEachOthersBoundaries() {
        modules.verify();
    }

    /** The module diagrams and canvases docs/data-model.md points to, written into docs/modules from the code itself. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
