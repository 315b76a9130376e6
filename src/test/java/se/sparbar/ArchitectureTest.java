package se.sparbar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Package by feature: each module's {@code domain} and {@code web} packages are internal; other
 * modules use only what a module's root package offers, and there are no cycles between modules.
 */
class ArchitectureTest {

    private final ApplicationModules modules = ApplicationModules.of(SparbarApplication.class);

    @Test
    void modulesRespectEachOthersBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
