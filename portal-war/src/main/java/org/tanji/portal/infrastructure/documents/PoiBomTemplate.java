package org.tanji.portal.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tanji.core.io.BomImport;
import org.tanji.portal.application.BomTemplate;

/** The template written from one list of example rows, as CSV and as a workbook with POI. */
@ApplicationScoped
public class PoiBomTemplate implements BomTemplate {
    static final List<String> COLUMNS = BomImport.COLUMNS;

    /** A desk lamp: two parts, assembly power from the Fujian grid, a gift box and a sea leg — all in the library. */
    static final List<List<String>> EXAMPLE = List.of(
            row("lamp", "", "Desk lamp DL-2", "1", "piece"),
            row(
                    "housing",
                    "lamp",
                    "aluminium housing",
                    "0.6",
                    "kg",
                    "0.04",
                    "desnz-2024:19_504_5104_15",
                    "material",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "1.05"),
            row("shade", "lamp", "plastic shade", "0.25", "kg", "0.02", "desnz-2024:19_505_5120_15", "material"),
            row(
                    "lamp",
                    "",
                    "",
                    "",
                    "kWh",
                    "",
                    "cn-mee-elec-2023:province-cn-fj",
                    "electricity",
                    "production",
                    "assembly and test",
                    "0.8"),
            row("lamp", "", "", "", "kg", "", "desnz-2024:19_506_5156_15", "packaging", "", "gift box", "0.4"),
            row(
                    "lamp",
                    "",
                    "",
                    "",
                    "kg",
                    "",
                    "desnz-2024:27_320_3229_14",
                    "transport",
                    "distribution",
                    "Xiamen to Felixstowe",
                    "1.5",
                    "19500",
                    "km",
                    "container ship",
                    "0"));

    /** Each column: what it holds, in English and in Chinese. */
    static final List<String[]> EXPLAINED = List.of(
            new String[] {"part", "the part's id; the product's row has no parent", "零部件编号；产品本身那一行不填上级"},
            new String[] {"parent", "the id of the part it goes into; empty for the product", "所属上级零部件的编号；产品本身留空"},
            new String[] {"name", "the part's name as people call it", "零部件名称"},
            new String[] {"quantity", "how many units go into one unit of the parent", "每一件上级所用的数量"},
            new String[] {
                "unit",
                "the part's unit (piece, kg, g, m, m2, L …); on an activity row, the amount's unit",
                "零部件的单位（piece、kg、g、m、m2、L 等）；活动行中为数量的单位"
            },
            new String[] {"scrap", "share lost in making the parent: 0.04 or 4%", "生产上级时的损耗率：0.04 或 4%"},
            new String[] {
                "factor", "the emission factor's id in the library (search it on the portal)", "排放因子在因子库中的编号（可在平台上搜索）"
            },
            new String[] {
                "kind",
                "material, packaging, fuel, process, spend, electricity, transport, use, end-of-life," + " emission",
                "material、packaging、fuel、process、spend、electricity、transport、use、end-of-life、emission"
            },
            new String[] {
                "stage",
                "life-cycle stage if not the kind's usual one: raw-material-acquisition, production,"
                        + " distribution, use, end-of-life",
                "生命周期阶段（如与该类活动的通常阶段不同）"
            },
            new String[] {
                "activity",
                "fill it for an activity of the part (power, a transport leg …) rather than a part",
                "填写则本行为该零部件的一项活动（用电、运输段等），而不是零部件"
            },
            new String[] {
                "amount",
                "the activity's amount per unit of the part (transport: the mass carried)",
                "每单位零部件的活动数量（运输：所运质量）"
            },
            new String[] {"distance", "transport: the distance", "运输：距离"},
            new String[] {"distance_unit", "transport: km (default) or mi", "运输：km（默认）或 mi"},
            new String[] {"mode", "transport: how, e.g. container ship, truck", "运输：方式，例如集装箱船、货车"},
            new String[] {"empty_return", "transport: share of the way back empty, 0–1", "运输：空载返程比例，0–1"},
            new String[] {"uses", "use: uses over the product's lifetime", "使用：寿命期内的使用次数"},
            new String[] {"treatment", "end of life: recycling, landfill or incineration", "废弃处理：回收利用、填埋或焚烧"},
            new String[] {"share", "end of life: this route's share, 0–1", "废弃处理：该处理方式所占比例，0–1"},
            new String[] {
                "market_factor",
                "electricity: a contractual instrument's factor (green certificates …)",
                "用电：合同工具（绿证等）的因子"
            },
            new String[] {
                "gas", "emission: the gas, e.g. CO2-fossil, CH4-biogenic, N2O, SF6", "直接排放：气体，例如 CO2-fossil、N2O"
            },
            new String[] {
                "gsd",
                "optional: geometric standard deviation of the row's emissions, for Monte Carlo",
                "可选：本行排放的几何标准差，用于蒙特卡洛分析"
            },
            new String[] {"factor_gsd", "optional: geometric standard deviation of the factor", "可选：因子的几何标准差"});

    private static List<String> row(String... cells) {
        String[] all = new String[COLUMNS.size()];
        java.util.Arrays.fill(all, "");
        System.arraycopy(cells, 0, all, 0, cells.length);
        return List.of(all);
    }

    @Override
    public byte[] csv() {
        StringBuilder out =
                new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (List<String> r : EXAMPLE) {
            out.append(String.join(",", r)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet bom = book.createSheet("BOM");
            write(bom.createRow(0), COLUMNS);
            for (int i = 0; i < EXAMPLE.size(); i++) {
                Row row = bom.createRow(i + 1);
                List<String> cells = EXAMPLE.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (v.matches("-?\\d+(\\.\\d+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            Sheet help = book.createSheet("Columns 说明");
            write(help.createRow(0), List.of("column 列", "meaning", "说明"));
            for (int i = 0; i < EXPLAINED.size(); i++) {
                write(help.createRow(i + 1), List.of(EXPLAINED.get(i)));
            }
            help.setColumnWidth(1, 80 * 256);
            help.setColumnWidth(2, 60 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
