/**
 * Reading and writing: the JSON footprint-model format (schema in {@code footprint-model.schema.json} beside
 * this package), BOM import from CSV and XLSX, and results as JSON.
 */
package org.tanji.core.io;
