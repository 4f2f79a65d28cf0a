package org.tanji.portal.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.tanji.portal.application.ProductOverview;
import org.tanji.portal.application.StoredJson;
import org.tanji.portal.domain.model.product.Calculation;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.domain.model.product.ProductCategory;
import org.tanji.portal.domain.model.product.ProductVersion;
import org.tanji.portal.domain.model.workflow.ProductProgress;

/** Request and response bodies of the product API. Models and results travel as JSON trees (Jackson, as RESTEasy). */
final class ProductDtos {
    private ProductDtos() {}

    /** Create or edit a product; {@code model} is a footprint model in the tanji-footprint-model/1 format. */
    record ProductRequest(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 2000) String description,
            ProductCategory category,
            JsonNode model) {
        String modelText() {
            return model == null ? null : model.toString();
        }
    }

    /** A product; its model (which may be megabytes) is at {@code GET /api/products/{id}/model}. */
    record ProductDto(
            long id,
            String name,
            String description,
            ProductCategory category,
            long version,
            Instant updatedAt,
            boolean hasModel) {
        static ProductDto of(Product p) {
            return new ProductDto(
                    p.id(), p.name(), p.description(), p.category(), p.version(), p.updatedAt(), p.hasDraft());
        }
    }

    /** A product on the dashboard: what it is, where it stands and what its owner should do next. */
    record OverviewDto(
            ProductDto product,
            ProductProgress.Status status,
            ProductProgress.NextStep nextStep,
            ProductProgress.Footprint lastFootprint,
            ProductProgress.Application application,
            ProductProgress.Issued certificate) {
        static OverviewDto of(ProductOverview.Entry e, Instant now) {
            ProductProgress p = e.progress();
            return new OverviewDto(
                    ProductDto.of(e.product()),
                    p.status(now),
                    p.nextStep(now),
                    p.footprint(),
                    p.application(),
                    p.certificate());
        }
    }

    record OverviewPage(List<OverviewDto> items, int page, int size, long total) {}

    /** A model's footprint calculated but not stored: total, GWP set, dataset versions and the summary. */
    record PreviewDto(
            double totalKgCo2e, String gwpSet, java.util.Map<String, String> datasetVersions, JsonNode summary) {}

    record ProductPage(List<ProductDto> items, int page, int size, long total) {}

    /** A frozen version; {@code model} only where one version is asked for (lists leave it out). */
    record VersionDto(long id, int number, String modelSha256, Instant createdAt, String createdBy, JsonNode model) {
        static VersionDto of(ProductVersion v, String model) {
            return new VersionDto(v.id(), v.number(), v.modelSha256(), v.createdAt(), v.createdBy(), json(model));
        }
    }

    record CalculationDto(
            long id,
            long productId,
            int version,
            double totalKgCo2e,
            String gwpSet,
            JsonNode datasetVersions,
            String libraryVersion,
            String inputSha256,
            String resultSha256,
            Instant calculatedAt,
            String calculatedBy,
            JsonNode summary) {
        static CalculationDto of(Calculation c, boolean withResult) {
            return new CalculationDto(
                    c.id(),
                    c.productVersion().product().id(),
                    c.productVersion().number(),
                    c.totalKgCo2e(),
                    c.gwpSet(),
                    json(c.datasetVersions()),
                    c.libraryVersion(),
                    c.inputSha256(),
                    c.resultSha256(),
                    c.calculatedAt(),
                    c.calculatedBy(),
                    withResult ? json(c.result()) : null);
        }
    }

    static JsonNode json(String text) {
        return StoredJson.tree(text);
    }
}
