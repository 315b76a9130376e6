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

    /**
     * The module diagrams and canvases, from the code itself: into {@code target/spring-modulith-docs} on
     * every build, and into the committed {@code docs/modules} when asked
     * ({@code ./mvnw -o test -Dtest=ArchitectureTest -Dsparbar.module-docs=docs/modules}); the Documenter
     * writes relations in no fixed order, so an ordinary build leaves the committed copy alone.
     */
    @Test
    void writesTheModuleDocumentation() {
        String folder = System.getProperty("sparbar.module-docs", "target/spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
