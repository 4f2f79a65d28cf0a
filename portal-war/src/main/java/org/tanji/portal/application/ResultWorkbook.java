package org.tanji.portal.application;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A calculation's full result (tanji-footprint-result/1) as an XLSX workbook for people: a summary sheet and every
 * line with its factor and source, headed in English and Chinese. Written in infrastructure with Apache POI.
 */
public interface ResultWorkbook {
    byte[] workbook(JsonNode result);
}
