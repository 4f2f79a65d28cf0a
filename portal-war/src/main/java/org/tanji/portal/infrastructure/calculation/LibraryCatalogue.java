package org.tanji.portal.infrastructure.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tanji.core.error.UnknownUnitException;
import org.tanji.core.factor.Co2eAmount;
import org.tanji.core.factor.GasAmount;
import org.tanji.core.unit.ActivityUnits;
import org.tanji.factors.DatasetException;
import org.tanji.factors.DatasetManifest;
import org.tanji.factors.FactorQuery;
import org.tanji.factors.LibraryFactor;
import org.tanji.portal.application.FactorCatalogue;
import org.tanji.portal.application.InvalidInputException;
import org.tanji.portal.infrastructure.factors.FactorLibraries;

/** The factor catalogue on the portal's factor library: shipped datasets and the versions loaded since. */
@ApplicationScoped
public class LibraryCatalogue implements FactorCatalogue {
    @Inject
    FactorLibraries libraries;

    @Override
    public List<Factor> search(String text, String category, String region, String unit, Integer year, int limit) {
        FactorQuery q = FactorQuery.all().limit(limit);
        q = text == null || text.isBlank() ? q : q.withText(text);
        q = category == null || category.isBlank() ? q : q.category(category);
        q = region == null || region.isBlank() ? q : q.region(region);
        q = year == null ? q : q.year(year);
        if (unit != null && !unit.isBlank()) {
            try {
                q = q.unit(unit);
            } catch (UnknownUnitException e) {
                throw new InvalidInputException("unit", e.getMessage());
            }
        }
        return libraries.current().search(q).stream()
                .map(m -> factor(m.factor()))
                .toList();
    }

    @Override
    public Optional<Factor> find(String id) {
        return libraries.current().factor(id).map(LibraryCatalogue::factor);
    }

    @Override
    public List<Dataset> datasets() {
        return libraries.current().datasets().stream()
                .map(LibraryCatalogue::dataset)
                .toList();
    }

    @Override
    public Optional<List<Factor>> factorsOf(String key) {
        return libraries
                .current()
                .dataset(key)
                .map(d -> d.factors().stream().map(LibraryCatalogue::factor).toList());
    }

    @Override
    public Dataset check(byte[] manifest, byte[] file) {
        return dataset(read(manifest, file).manifest());
    }

    @Override
    public void add(byte[] manifest, byte[] file) {
        libraries.add(read(manifest, file));
    }

    private org.tanji.factors.Dataset read(byte[] manifest, byte[] file) {
        org.tanji.factors.Dataset d;
        try {
            d = libraries.check("upload", manifest, file);
        } catch (DatasetException e) {
            // the loader starts with the file at fault: the manifest, else the factor file or its row
            String field = e.getMessage().startsWith("upload/manifest.json") ? "manifest" : "file";
            throw new InvalidInputException(field, e.getMessage());
        }
        return d;
    }

    @Override
    public int size() {
        return libraries.current().size();
    }

    private static Factor factor(LibraryFactor f) {
        Map<String, Double> gases = new LinkedHashMap<>();
        for (GasAmount g : f.factor().gases()) {
            gases.put(g.gas().code(), g.kg());
        }
        Map<String, Double> co2e = new LinkedHashMap<>();
        for (Co2eAmount c : f.factor().co2e()) {
            co2e.put(c.category().key(), c.kgCo2e());
        }
        var p = f.factor().provenance();
        return new Factor(
                f.id(),
                f.factor().name(),
                f.nameZh(),
                f.category(),
                ActivityUnits.symbol(f.factor().unit()),
                p.region(),
                f.regionZh(),
                p.year(),
                gases,
                co2e,
                f.factor().co2eGwpSet() == null ? null : f.factor().co2eGwpSet().name(),
                p.dataset(),
                p.version(),
                p.source(),
                p.licence(),
                f.secondary(),
                f.factor().primary(),
                f.note());
    }

    private static Dataset dataset(DatasetManifest m) {
        return new Dataset(
                m.dataset(),
                m.version(),
                m.title(),
                m.publisher(),
                m.year(),
                m.licence(),
                m.attribution(),
                m.secondary(),
                m.sourceUrl(),
                m.copyUsed(),
                m.notes(),
                m.file(),
                m.rows(),
                m.factors(),
                m.sha256());
    }
}
