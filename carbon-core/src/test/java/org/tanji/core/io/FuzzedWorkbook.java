package org.tanji.core.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * An XLSX workbook built from fuzz data that is always a well-formed package — content types, relationships, a
 * workbook part naming its sheets, shared strings, sheets of rows and cells — with the fuzzer choosing what is in
 * it: sheet names and states, which relationship a sheet points to, row and cell references (good, out of range,
 * garbage, absent), cell types, values, formulas with and without results, inline and phonetic runs, and header
 * names a bill of materials uses. Random bytes rarely get past the zip and the package checks; this reaches the
 * reader's handling of what is inside.
 */
final class FuzzedWorkbook {
    /** The columns a bill of materials has, and an empty header. */
    private static final String[] HEADERS = java.util.stream.Stream.concat(
                    BomImport.COLUMNS.stream(), java.util.stream.Stream.of(""))
            .toArray(String[]::new);

    private static final String[] TYPES = {null, "s", "n", "b", "e", "str", "inlineStr", "d", "x"};
    private static final String[] STATES = {null, "visible", "hidden", "veryHidden", "?"};

    private FuzzedWorkbook() {}

    static byte[] from(FuzzedDataProvider data) {
        int count = data.consumeInt(0, 3);
        List<String[]> named = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String state = data.pickValue(STATES);
            String rid = data.pickValue(new String[] {"rId" + i, "rId" + (i + 1), "rIdS", null});
            named.add(new String[] {text(data, 8), state, rid});
        }
        List<String> shared = new ArrayList<>();
        for (int i = data.consumeInt(0, 6); i > 0; i--) {
            shared.add(text(data, 12));
        }
        List<XlsxPackage.Sheet> sheets = new ArrayList<>();
        for (String[] n : named) {
            sheets.add(new XlsxPackage.Sheet(n[0], n[1], n[2], sheet(data)));
        }
        return XlsxPackage.of(sheets, shared);
    }

    private static String sheet(FuzzedDataProvider data) {
        StringBuilder xml = new StringBuilder("<worksheet xmlns=\"" + XlsxPackage.NS + "\"><sheetData>");
        int rows = data.consumeInt(0, 12);
        for (int r = 1; r <= rows; r++) {
            xml.append("<row").append(reference(data, String.valueOf(r), "r")).append('>');
            int cells = data.consumeInt(0, 10);
            for (int c = 0; c < cells; c++) {
                String type = data.pickValue(TYPES);
                xml.append("<c")
                        .append(reference(data, (char) ('A' + c) + String.valueOf(r), "r"))
                        .append(type == null ? "" : " t=\"" + type + "\"")
                        .append('>');
                cellContent(data, r, xml);
                xml.append("</c>");
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void cellContent(FuzzedDataProvider data, int row, StringBuilder xml) {
        switch (data.consumeInt(0, 6)) {
            case 0 -> {} // empty
            case 1 ->
                xml.append("<v>")
                        .append(row == 1 ? data.pickValue(HEADERS) : text(data, 10))
                        .append("</v>");
            case 2 -> xml.append("<v>").append(data.consumeDouble()).append("</v>");
            case 3 -> xml.append("<v>").append(data.consumeInt(-2, 8)).append("</v>");
            case 4 -> xml.append("<f>").append(text(data, 6)).append("</f>");
            case 5 ->
                xml.append("<f t=\"shared\" si=\"0\"/><v>")
                        .append(data.consumeInt())
                        .append("</v>");
            default ->
                xml.append("<is><r><t>")
                        .append(row == 1 ? data.pickValue(HEADERS) : text(data, 10))
                        .append("</t></r><rPh sb=\"0\" eb=\"1\"><t>")
                        .append(text(data, 4))
                        .append("</t></rPh></is>");
        }
    }

    /** An attribute holding the right reference, another one, garbage, or nothing. */
    private static String reference(FuzzedDataProvider data, String right, String attribute) {
        String value = switch (data.consumeInt(0, 4)) {
            case 0 -> right;
            case 1 -> null;
            case 2 -> String.valueOf(data.consumeInt());
            case 3 -> "XFD" + data.consumeInt(0, 1_048_577);
            default -> text(data, 5);
        };
        return value == null ? "" : " " + attribute + "=\"" + value + "\"";
    }

    /** Fuzzed text, escaped for XML; characters XML cannot hold are dropped. */
    private static String text(FuzzedDataProvider data, int max) {
        StringBuilder out = new StringBuilder();
        data.consumeString(max).codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp == 0x9
                            || cp == 0xA
                            || cp == 0xD
                            || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD)
                            || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
