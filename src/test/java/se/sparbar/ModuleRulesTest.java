package se.sparbar;

import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What Java can say about a module's insides: entities, repositories and controllers are
 * package-private, so nothing outside their package (let alone their module) can touch them. The
 * module structure itself (no use of another module's internals, declared dependencies, no cycles) is
 * {@link ArchitectureTest}'s Spring Modulith check; SQL across modules is {@link ModuleTablesTest}.
 */
@AnalyzeClasses(packages = "se.sparbar", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule entitiesAreNotPublic = classes()
            .that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should().notHaveModifier(PUBLIC)
            .because("an entity is its module's inside; other modules read ids and value records");

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes()
            .that().areAssignableTo(org.springframework.data.repository.Repository.class)
            .should().notHaveModifier(PUBLIC)
            .because("only the module's own services load and save its aggregates");

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().notHaveModifier(PUBLIC)
            .because("nothing calls a controller but Spring MVC");
}
