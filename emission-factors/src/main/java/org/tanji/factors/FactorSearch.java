package org.tanji.factors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.measure.Dimension;

/**
 * Ranked search over the library's factors. Text is split into words (Latin script, lower-cased) and runs of
 * Chinese characters; every word must match the start of a word of the name, category, id or region, a Chinese
 * run a part of the Chinese name or region. Whole-word name matches rank highest, then newer years.
 */
final class FactorSearch {
    private final LibraryFactor[] factors;
    private final Set<String>[] nameWords;
    private final String[][] names;
    private final String[][] others;
    private final String[] chinese;
    private final Dimension[] dimensions;
    private final String[] regions;

    @SuppressWarnings("unchecked")
    FactorSearch(Collection<LibraryFactor> all, RegionHierarchy hierarchy) {
        factors = all.toArray(new LibraryFactor[0]);
        int n = factors.length;
        nameWords = new Set[n];
        names = new String[n][];
        others = new String[n][];
        chinese = new String[n];
        dimensions = new Dimension[n];
        regions = new String[n];
        for (int i = 0; i < n; i++) {
            LibraryFactor f = factors[i];
            names[i] = words(f.factor().name().toLowerCase(Locale.ROOT));
            nameWords[i] = new HashSet<>(Arrays.asList(names[i]));
            others[i] = words(
                    (f.category() + " " + f.id() + " " + f.region() + " " + f.sourceUnit()).toLowerCase(Locale.ROOT));
            chinese[i] = f.nameZh() + " " + f.regionZh();
            dimensions[i] = f.dimension();
            regions[i] = f.region() == null ? "" : hierarchy.code(f.region());
        }
    }

    List<FactorMatch> search(FactorQuery q, RegionHierarchy hierarchy) {
        String[] words = q.text() == null ? new String[0] : words(q.text().toLowerCase(Locale.ROOT));
        String[] han = q.text() == null ? new String[0] : hanRuns(q.text());
        String category = q.category() == null ? null : q.category().toLowerCase(Locale.ROOT);
        String region = q.region() == null ? null : hierarchy.code(q.region());
        Dimension dimension = q.unit() == null ? null : q.unit().getDimension();
        List<FactorMatch> hits = new ArrayList<>();
        for (int i = 0; i < factors.length; i++) {
            if ((region != null && !region.equals(regions[i]))
                    || (q.year() != null && !q.year().equals(factors[i].year()))
                    || (dimension != null && !dimension.equals(dimensions[i]))
                    || (category != null
                            && !factors[i].category().toLowerCase(Locale.ROOT).contains(category))) {
                continue;
            }
            double score = score(i, words, han);
            if (score >= 0) {
                hits.add(new FactorMatch(factors[i], score));
            }
        }
        hits.sort(Comparator.comparingDouble(FactorMatch::score)
                .reversed()
                .thenComparing(m -> m.factor().year() == null ? 0 : -m.factor().year())
                .thenComparing(m -> m.factor().id()));
        return hits.size() > q.limit() ? List.copyOf(hits.subList(0, q.limit())) : hits;
    }

    /** The factor's score, or −1 when a word of the query matches nothing. */
    private double score(int i, String[] words, String[] han) {
        double score = 0;
        for (String w : words) {
            if (nameWords[i].contains(w)) {
                score += 3;
            } else if (startsAWord(names[i], w)) {
                score += 1.5;
            } else if (startsAWord(others[i], w)) {
                score += 1;
            } else {
                return -1;
            }
        }
        for (String h : han) {
            if (chinese[i].contains(h)) {
                score += 4;
            } else {
                return -1;
            }
        }
        return score;
    }

    private static boolean startsAWord(String[] words, String prefix) {
        for (String w : words) {
            if (w.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String text) {
        return Arrays.stream(text.split("[^\\p{IsLatin}\\p{Nd}.]+"))
                .map(w -> w.endsWith(".") ? w.substring(0, w.length() - 1) : w)
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    private static String[] hanRuns(String text) {
        return Arrays.stream(text.split("[^\\p{IsHan}]+"))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }
}
