package org.tanji.factors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which region stands in for which when a factor is missing: a city falls back to its province, a province to
 * its grid region, a grid region to China, a country to the world (GLO). Regions are codes ({@code CN-FJ},
 * {@code CN-GRID-EAST}) or names in English or Chinese (Fujian, 福建, 华东, Xiamen, 厦门).
 *
 * <pre>{@code
 * RegionHierarchy.CHINA.chain("厦门"); // [CN-FJ-XM, CN-FJ, CN-GRID-EAST, CN, GLO]
 * }</pre>
 */
public final class RegionHierarchy {
    /** China's provinces and regional grids (MEE grid regions), plus the countries of the shipped datasets. */
    public static final RegionHierarchy CHINA = china();

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> codeOfName = new HashMap<>();

    private RegionHierarchy() {}

    private static RegionHierarchy china() {
        RegionHierarchy h = new RegionHierarchy();
        String[][] grids = {
            {
                "CN-GRID-NORTH",
                "华北",
                "North China",
                "CN-BJ 北京 Beijing",
                "CN-TJ 天津 Tianjin",
                "CN-HE 河北 Hebei",
                "CN-SX 山西 Shanxi",
                "CN-SD 山东 Shandong",
                "CN-NM 内蒙古 Inner Mongolia"
            },
            {
                "CN-GRID-NORTHEAST",
                "东北",
                "Northeast China",
                "CN-LN 辽宁 Liaoning",
                "CN-JL 吉林 Jilin",
                "CN-HL 黑龙江 Heilongjiang"
            },
            {
                "CN-GRID-EAST",
                "华东",
                "East China",
                "CN-SH 上海 Shanghai",
                "CN-JS 江苏 Jiangsu",
                "CN-ZJ 浙江 Zhejiang",
                "CN-AH 安徽 Anhui",
                "CN-FJ 福建 Fujian"
            },
            {
                "CN-GRID-CENTRAL",
                "华中",
                "Central China",
                "CN-HA 河南 Henan",
                "CN-HB 湖北 Hubei",
                "CN-HN 湖南 Hunan",
                "CN-JX 江西 Jiangxi"
            },
            {
                "CN-GRID-NORTHWEST",
                "西北",
                "Northwest China",
                "CN-SN 陕西 Shaanxi",
                "CN-GS 甘肃 Gansu",
                "CN-QH 青海 Qinghai",
                "CN-NX 宁夏 Ningxia",
                "CN-XJ 新疆 Xinjiang"
            },
            {"CN-GRID-SOUTHWEST", "西南", "Southwest China", "CN-SC 四川 Sichuan", "CN-CQ 重庆 Chongqing", "CN-XZ 西藏 Tibet"},
            {
                "CN-GRID-SOUTH",
                "南方",
                "South China",
                "CN-GD 广东 Guangdong",
                "CN-GX 广西 Guangxi",
                "CN-YN 云南 Yunnan",
                "CN-GZ 贵州 Guizhou",
                "CN-HI 海南 Hainan"
            },
        };
        for (String[] grid : grids) {
            h.add(grid[0], "CN", grid[1], grid[2]);
            for (int i = 3; i < grid.length; i++) {
                String[] p = grid[i].split(" ", 3);
                h.add(p[0], grid[0], p[1], p[2]);
            }
        }
        h.add("CN-FJ-XM", "CN-FJ", "厦门", "Xiamen");
        h.add("CN", "GLO", "中国", "China");
        for (String country : new String[] {"UK", "US"}) {
            h.add(country, "GLO", country, country);
        }
        h.codeOfName.put("GLO", "GLO");
        h.codeOfName.put("全球", "GLO");
        return h;
    }

    private void add(String code, String parentCode, String nameZh, String nameEn) {
        parent.put(code, parentCode);
        codeOfName.put(code.toUpperCase(Locale.ROOT), code);
        codeOfName.put(nameZh, code);
        codeOfName.put(nameEn.toUpperCase(Locale.ROOT), code);
    }

    /** The region code for a code or a name; the input itself (upper case) when unknown. */
    public String code(String region) {
        String r = region.strip();
        String code = codeOfName.get(r);
        if (code == null) {
            code = codeOfName.get(r.toUpperCase(Locale.ROOT));
        }
        return code != null ? code : r.toUpperCase(Locale.ROOT);
    }

    /** The region and every region that stands in for it, nearest first, ending with GLO. */
    public List<String> chain(String region) {
        List<String> out = new ArrayList<>();
        String r = code(region);
        while (r != null && !out.contains(r)) {
            out.add(r);
            r = parent.get(r);
        }
        if (!out.contains("GLO")) {
            out.add("GLO");
        }
        return out;
    }
}
