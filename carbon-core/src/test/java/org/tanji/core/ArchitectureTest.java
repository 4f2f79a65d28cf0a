package org.tanji.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** carbon-core stays plain Java SE, embeddable anywhere: no Jakarta, portal or persistence code. */
@AnalyzeClasses(packages = "org.tanji.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJakartaPortalOrPersistence = noClasses()
            .that()
            .resideInAPackage("org.tanji.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta..",
                    "javax.persistence..",
                    "javax.ws..",
                    "javax.servlet..",
                    "javax.enterprise..",
                    "javax.inject..",
                    "org.hibernate..",
                    "java.sql..",
                    "javax.sql..",
                    "org.flywaydb..",
                    "org.tanji.portal..",
                    "org.tanji.factors..")
            .because("carbon-core must embed in any Java program (see the project brief)");

    @ArchTest
    static final ArchRule modelKnowsNothingOfCalculationOrFiles = noClasses()
            .that()
            .resideInAnyPackage("org.tanji.core.model..", "org.tanji.core.factor..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.tanji.core.calc..", "org.tanji.core.io..", "org.tanji.core.result..", "org.tanji.core.cli..");

    @ArchTest
    static final ArchRule packagesFormNoCycles = SlicesRuleDefinition.slices()
            .matching("org.tanji.core.(*)..")
            .should()
            .beFreeOfCycles();
}
