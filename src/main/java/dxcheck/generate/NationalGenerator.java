package dxcheck.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic but valid national data set: per province one Plan, a people's committee, departments (one the
 * DX lead), communes, now and then a district status dated after the two-level reform, information systems,
 * service items and a few waivers, with a realistic share of flaws so that most rule families have findings.
 *
 * <p>Scale 1 is the country (34 provinces, 3,321 communes, 20 departments per province, about 10,000 information
 * systems) at about 1,000,000 facts; the structure shrinks with the scale (at least one province with a people's
 * committee, the DX lead and a commune), and service items fill the rest of the fact budget, so every scale has the
 * same mix. The same seed and scale give the same bytes: each province draws from its own random stream.
 */
public final class NationalGenerator {
    public static final List<String> PROVINCES = List.of("ha-noi", "ho-chi-minh", "hai-phong", "da-nang", "can-tho",
            "hue", "quang-ninh", "cao-bang", "lang-son", "lai-chau", "dien-bien", "son-la", "thanh-hoa", "nghe-an",
            "ha-tinh", "tuyen-quang", "lao-cai", "thai-nguyen", "phu-tho", "bac-ninh", "hung-yen", "ninh-binh",
            "quang-tri", "quang-ngai", "gia-lai", "khanh-hoa", "lam-dong", "dak-lak", "dong-nai", "tay-ninh",
            "vinh-long", "dong-thap", "ca-mau", "an-giang");
    public static final int COMMUNES = 3321;
    public static final int DEPARTMENTS_PER_PROVINCE = 20;
    public static final int SYSTEMS = 10_000;
    public static final int FACTS = 1_000_000;
    /** The date the generated data is meant to be checked at (deadlines, waivers): dxcheck check --as-of. */
    public static final String AS_OF = "2025-09-30";

    /** What was written. */
    public record Result(int provinces, int files, long agencies, long systems, long services, long plans,
                         long targets, long tasks, long waivers) {
        public long facts() {
            return agencies + systems + services + plans + targets + tasks + waivers;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d facts in %d files: %d provinces, %d agencies, %d information "
                            + "systems, %d service items, %d plans (%d targets, %d tasks), %d waivers",
                    facts(), files, provinces, agencies, systems, services, plans, targets, tasks, waivers);
        }
    }

    private final long seed;
    private final double scale;
    private final int provinces;

    public NationalGenerator(long seed, double scale) {
        this(seed, scale, null);
    }

    /** provinces: how many provinces share the facts (null: 34 × scale, at least 1). */
    public NationalGenerator(long seed, double scale, Integer provinces) {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("--scale must be > 0 and <= 100: " + scale);
        }
        if (provinces != null && (provinces < 1 || provinces > PROVINCES.size())) {
            throw new IllegalArgumentException("--provinces must be 1 to " + PROVINCES.size() + ": " + provinces);
        }
        this.seed = seed;
        this.scale = scale;
        this.provinces = provinces != null ? provinces
                : (int) Math.max(1, Math.min(PROVINCES.size(), Math.round(PROVINCES.size() * scale)));
    }

    public Result writeTo(Path out) throws IOException {
        long factBudget = Math.max(200, Math.round(FACTS * scale));
        long perProvinceBudget = factBudget / provinces;
        // communes: 3,321 over 34 provinces, unevenly (the per-province weights come from the seed-free layout)
        double agenciesPerProvince = (PROVINCES.size() * (1.0 + DEPARTMENTS_PER_PROVINCE) + COMMUNES) * scale
                / provinces;
        double systemsPerProvince = SYSTEMS * scale / provinces;
        Files.createDirectories(out);
        Counter c = new Counter();
        for (int p = 0; p < provinces; p++) {
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + p);
            int n = (int) Math.max(3, Math.round(agenciesPerProvince * (0.75 + 0.5 * ((p * 7919) % 34) / 33.0)));
            Province prov = new Province(PROVINCES.get(p), r, c);
            prov.write(out, n, systemsPerProvince, perProvinceBudget);
        }
        return new Result(provinces, c.files, c.agencies, c.systems, c.services, c.plans, c.targets, c.tasks,
                c.waivers);
    }

    /** How many of each were written. */
    static final class Counter {
        int files;
        long agencies;
        long systems;
        long services;
        long plans;
        long targets;
        long tasks;
        long waivers;
    }
}
