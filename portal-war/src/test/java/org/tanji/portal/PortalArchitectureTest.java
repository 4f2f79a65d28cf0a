package org.tanji.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The portal reads one way: interfaces → application → domain, with infrastructure implementing the application's
 * ports (password hashing, token storage) and imported by nobody but CDI wiring.
 */
@AnalyzeClasses(packages = "org.tanji.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNothingOfTheLayersAboveIt = noClasses()
            .that()
            .resideInAPackage("org.tanji.portal.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.tanji.portal.application..",
                    "org.tanji.portal.infrastructure..",
                    "org.tanji.portal.interfaces..");

    @ArchTest
    static final ArchRule applicationUsesPortsNotInfrastructure = noClasses()
            .that()
            .resideInAPackage("org.tanji.portal.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.tanji.portal.infrastructure..", "org.tanji.portal.interfaces..");

    @ArchTest
    static final ArchRule infrastructureIsImportedByNobody = noClasses()
            .that()
            .resideOutsideOfPackage("org.tanji.portal.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.tanji.portal.infrastructure..")
            .because("infrastructure implements the application's ports and is wired by CDI alone; REST resources"
                    + " go through application services (issuing a token is audited there)");

    @ArchTest
    static final ArchRule domainUsesNoJakartaEeButPersistenceAnnotations = noClasses()
            .that()
            .resideInAPackage("org.tanji.portal.domain..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("jakarta..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("jakarta.persistence.."))));

    @ArchTest
    static final ArchRule onlyInfrastructureKnowsTheEngine = noClasses()
            .that()
            .resideOutsideOfPackage("org.tanji.portal.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.tanji.core..", "org.tanji.factors..")
            .because("the application talks to carbon-core and the factor library through FootprintEngine and"
                    + " FactorCatalogue");

    @ArchTest
    static final ArchRule queriesLiveInTheRepositories = noClasses()
            .that()
            .resideOutsideOfPackage("org.tanji.portal.infrastructure.persistence..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("every query is a repository's, in infrastructure.persistence.jpa");

    @ArchTest
    static final ArchRule layersFormNoCycles = SlicesRuleDefinition.slices()
            .matching("org.tanji.portal.(*)..")
            .should()
            .beFreeOfCycles();
}
