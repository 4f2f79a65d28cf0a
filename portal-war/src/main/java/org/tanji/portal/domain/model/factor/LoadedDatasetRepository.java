package org.tanji.portal.domain.model.factor;

import java.util.List;

/** The dataset versions loaded after release; implemented with JPA. */
public interface LoadedDatasetRepository {
    /** Every loaded version, in the order loaded (a later version of a dataset after an earlier one). */
    List<LoadedDataset> all();

    /** Stores a version; the database refuses a second with the same dataset and version. */
    void add(LoadedDataset dataset);
}
