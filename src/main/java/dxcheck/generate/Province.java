package dxcheck.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static dxcheck.generate.NationalGenerator.DEPARTMENTS_PER_PROVINCE;

/**
 * One province of the synthetic national data set: its agencies (the people's committee, departments, communes,
 * now and then a district that should be gone), their systems and service items, its plan and a few waivers, each
 * drawn from the province's own random stream (so a province's files do not depend on the others').
 */
final class Province {
    private static final String[] DEPARTMENTS = {"skhcn", "syt", "sgddt", "stc", "sxd", "snnmt", "sct", "sldtbxh",
            "stp", "snv", "svhttdl", "sdttt", "snoivu", "sdantoc", "tttra", "bqlkkt", "vpubnd", "sgtvt", "sqhkt",
            "sktn"};
    private static final String[] SECTORS = {"health", "education", "agriculture", "finance-banking",
            "transport-logistics", "energy", "natural-resources-environment", "industry"};
    private static final String[] REQUIRED_INDICATORS = {"full-process-online-services-percent",
            "online-dossiers-percent", "documents-exchanged-electronically-percent",
            "documents-digitally-signed-percent"};
    private static final String[] OTHER_INDICATORS = {"broadband-coverage-percent", "mobile-coverage-percent",
            "e-invoice-percent", "agencies-with-portal-percent"};
    private static final String[] PILLARS = {"digital-government", "digital-economy", "digital-society",
            "information-security"};
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Minh Đức", "Thu Hà",
            "Quốc Hùng", "Thị Lan", "Văn Nam", "Thanh Tâm", "Đức Thắng", "Thị Yến"};

    /** One agency before it is written: who it is and how many systems and items it owns. */
    private static final class Agency {
        final String id;
        final String name;
        final String level;
        final String type;
        final String parent;
        final boolean dxLead;
        final double itemWeight;
        final double systemWeight;
        int systems;
        int items;

        Agency(String id, String name, String level, String type, String parent, boolean dxLead, double itemWeight,
               double systemWeight) {
            this.id = id;
            this.name = name;
            this.level = level;
            this.type = type;
            this.parent = parent;
            this.dxLead = dxLead;
            this.itemWeight = itemWeight;
            this.systemWeight = systemWeight;
        }
    }

    final String code;
    final SplittableRandom r;
    final NationalGenerator.Counter c;
    final List<Agency> agencies = new ArrayList<>();

    Province(String code, SplittableRandom r, NationalGenerator.Counter c) {
        this.code = code;
        this.r = r;
        this.c = c;
    }

    void write(Path out, int n, double systemsPerProvince, long factBudget) throws IOException {
        String ubnd = code + ".ubnd";
        agencies.add(new Agency(ubnd, "UBND tỉnh " + title(code), "province", "people-committee", null, false,
                2, 10));
        int departments = (int) Math.max(1, Math.min(DEPARTMENTS_PER_PROVINCE, Math.round(n * 0.17)));
        for (int d = 0; d < departments; d++) {
            agencies.add(new Agency(code + "." + DEPARTMENTS[d], "Sở " + DEPARTMENTS[d].toUpperCase(Locale.ROOT)
                    + " tỉnh " + title(code), "province", "department", ubnd, d == 0, 30, 8));
        }
        int communes = Math.max(1, n - 1 - departments);
        for (int x = 0; x < communes; x++) {
            agencies.add(new Agency(String.format(Locale.ROOT, "%s.xa-%03d", code, x + 1),
                    "UBND xã " + (x + 1) + " tỉnh " + title(code), "commune", "people-committee", ubnd, false,
                    8, 1));
        }
        // a district status sent after the two-level reform (LGV-001) in about a third of the provinces
        boolean district = r.nextInt(3) == 0 && n > 10;
        if (district) {
            agencies.add(new Agency(code + ".huyen-cu", "UBND huyện cũ tỉnh " + title(code), "district",
                    "people-committee", ubnd, false, 0, 0));
        }
        int systems = (int) Math.max(1, Math.round(systemsPerProvince));
        distribute(systems, true);
        int tasks = 20 + r.nextInt(21);
        int targets = REQUIRED_INDICATORS.length * 5 + 4;
        long items = Math.max(agencies.size(), factBudget - agencies.size() - systems - 1 - targets - tasks - 3);
        distribute(items, false);
        Path dir = out.resolve(code);
        Files.createDirectories(dir.resolve("agencies"));
        writePlan(dir.resolve("plan.yaml"), tasks);
        writeWaivers(dir.resolve("waivers.yaml"));
        for (Agency a : agencies) {
            writeAgency(dir.resolve("agencies").resolve(a.id.substring(code.length() + 1) + ".yaml"), a);
        }
    }

    private void distribute(long count, boolean systems) {
        double total = 0;
        for (Agency a : agencies) {
            total += systems ? a.systemWeight : a.itemWeight;
        }
        double[] cumulative = new double[agencies.size()];
        double acc = 0;
        for (int i = 0; i < agencies.size(); i++) {
            Agency a = agencies.get(i);
            acc += (systems ? a.systemWeight : a.itemWeight) / total;
            cumulative[i] = acc;
        }
        for (long k = 0; k < count; k++) {
            double u = r.nextDouble() * acc;
            int lo = java.util.Arrays.binarySearch(cumulative, u);
            int i = lo >= 0 ? lo : Math.min(agencies.size() - 1, -lo - 1);
            while (i < agencies.size() - 1 && (systems ? agencies.get(i).systemWeight
                    : agencies.get(i).itemWeight) == 0) {
                i++;
            }
            if (systems) {
                agencies.get(i).systems++;
            } else {
                agencies.get(i).items++;
            }
        }
    }

    private boolean chance(double p) {
        return r.nextDouble() < p;
    }

    private String person() {
        return SURNAMES[r.nextInt(SURNAMES.length)] + " " + GIVEN[r.nextInt(GIVEN.length)];
    }

    private void writeAgency(Path file, Agency a) throws IOException {
        StringBuilder b = new StringBuilder(256 + a.items * 150 + a.systems * 250);
        boolean district = "district".equals(a.level);
        b.append("apiVersion: dxcheck/v1\nkind: AgencyStatus\nmetadata:\n  agency: {id: ").append(a.id)
                .append(", name: \"").append(a.name).append("\", level: ").append(a.level).append(", type: ")
                .append(a.type).append(", jurisdiction: ").append(code);
        if (a.parent != null) {
            b.append(", parent: ").append(a.parent);
        }
        if (a.dxLead) {
            b.append(", roles: [dx-lead]");
        }
        b.append("}\n  asOf: ").append(statusDate(a)).append('\n');
        b.append("spec:\n");
        // head: ACC-001..004 (and ACC-005 through the share of signing heads)
        b.append("  head: {name: \"").append(person()).append('"');
        if (!chance(0.02)) {
            b.append(", position: \"").append("commune".equals(a.level) ? "Chủ tịch UBND xã"
                    : "department".equals(a.type) ? "Giám đốc Sở" : "Chủ tịch UBND").append('"');
        }
        b.append(", designatedAccountable: ").append(!chance(0.05))
                .append(", usesDigitalSignature: ").append(!chance(0.04))
                .append(", processesWorkOnline: ").append(!chance(0.08)).append("}\n");
        // staffing: STF-001..007
        if (!chance(0.03)) {
            int dedicated = a.dxLead ? 3 + r.nextInt(6) : "commune".equals(a.level) ? (chance(0.7) ? 1 : 0)
                    : r.nextInt(3);
            int concurrent = "commune".equals(a.level) ? r.nextInt(3) : r.nextInt(2);
            b.append("  staffing: {dedicatedDxStaff: ").append(dedicated).append(", concurrentDxStaff: ")
                    .append(concurrent).append(", securityStaff: ").append(chance(0.85) ? 1 + r.nextInt(2) : 0);
            if ("commune".equals(a.level)) {
                b.append(", communityDigitalTeams: ").append(chance(0.9) ? 1 + r.nextInt(12) : 0);
            }
            b.append("}\n");
        }
        if (a.systems > 0) {
            b.append("  informationSystems:\n");
            for (int s = 0; s < a.systems; s++) {
                system(b, a, s);
            }
            c.systems += a.systems;
        }
        boolean summary = "people-committee".equals(a.type) && "province".equals(a.level);
        if (summary || a.items > 0) {
            b.append("  onlineServices:\n");
            if (summary) {
                int eligible = 900 + r.nextInt(400);
                long dossiers = 200_000 + r.nextInt(800_000);
                int full = (int) (eligible * (0.85 + 0.15 * r.nextDouble()));
                b.append("    summary: {total: ").append(a.items + eligible + 200 + r.nextInt(300))
                        .append(", fullProcessEligible: ").append(eligible).append(", fullProcess: ").append(full)
                        .append(", partial: ").append(r.nextInt(200)).append(", dossiersTotal: ").append(dossiers)
                        .append(", dossiersOnline: ").append((long) (dossiers * (0.7 + 0.3 * r.nextDouble())))
                        .append("}\n");
            }
            if (a.items > 0) {
                b.append("    items:\n");
                for (int i = 0; i < a.items; i++) {
                    item(b, i);
                }
                c.services += a.items;
            }
        }
        if (!district) {
            b.append("  documents: {exchangedElectronicallyPercent: ").append(percent(0.85, 98))
                    .append(", digitallySignedPercent: ").append(percent(0.75, 95)).append("}\n");
        }
        b.append("  infrastructure: {portal: ").append(!chance(0.05)).append(", videoConferenceEndpoint: ")
                .append(!chance(0.08)).append(", fiberToCenter: ").append(!chance(0.05));
        if (!"department".equals(a.type)) {
            b.append(", broadbandCoveragePercent: ").append(percent(0.7, 90))
                    .append(", mobileCoveragePercent: ").append(percent(0.85, 95));
        }
        b.append("}\n");
        b.append("  integration: {lgspConnected: ").append(!chance(0.05))
                .append(", nationalPublicServicePortalConnected: ").append(!chance(0.06))
                .append(", nationalPopulationDatabaseConnected: ").append(!chance(0.1)).append("}\n");
        write(file, b);
        c.agencies++;
    }

    /** 100 with probability p, else a value in [low, 100). */
    private String percent(double p, int low) {
        if (chance(p)) {
            return "100";
        }
        return String.format(Locale.ROOT, "%.1f", low + (100 - low) * r.nextDouble());
    }

    /** The date of an agency's status: districts before the reform, communes and the rest in 2025. */
    private static java.time.LocalDate statusDate(Agency a) {
        return java.time.LocalDate.parse("district".equals(a.level) ? "2025-08-01"
                : "commune".equals(a.level) ? "2025-09-01" : "2025-06-30");
    }

    private void system(StringBuilder b, Agency a, int s) {
        boolean personal = chance(0.5);
        boolean citizen = chance(0.4);
        boolean publicService = chance(0.3);
        b.append("    - {id: ").append(a.id).append(".sys-").append(s + 1).append(", name: \"Hệ thống ")
                .append(s + 1).append("\", processesPersonalData: ").append(personal).append(", citizenFacing: ")
                .append(citizen).append(", servesOnlinePublicServices: ").append(publicService);
        if (!chance(0.05)) { // SEC-001: never classified
            int floor = publicService || citizen && personal ? 3 : personal ? 2 : 1;
            int level = chance(0.08) ? Math.max(1, floor - 1) : Math.min(5, floor + r.nextInt(2)); // SEC-003
            b.append(", securityLevel: ").append(level).append(", levelApproved: ").append(!chance(0.12))
                    .append(", protectionPlanImplemented: ").append(!chance(0.18));
            if (!chance(0.05)) {
                // SEC-005: level 3-4 at most 12 months, level 5 at most 6 months before 2025-09-30; never after
                // the status date (that is an input error)
                b.append(", lastAssessment: ").append(statusDate(a).minusDays(r.nextInt(480)));
            }
        }
        b.append("}\n");
    }

    private void item(StringBuilder b, int i) {
        boolean eligible = chance(0.7);
        String mode = eligible ? (chance(0.85) ? "full-process" : "partial")
                : (chance(0.6) ? "partial" : "offline");
        int total = r.nextInt(500);
        int online = "offline".equals(mode) ? 0 : (int) (total * (0.5 + 0.5 * r.nextDouble()));
        if ("full-process".equals(mode) && chance(0.03)) {
            online = 0; // SVC-006
        }
        if (chance(0.005)) {
            online = total + 1 + r.nextInt(10); // SVC-004: inconsistent figures
        }
        b.append(String.format(Locale.ROOT, "      - {code: \"%d.%06d\", name: \"Thủ tục %d\", "
                        + "fullProcessEligible: %b, mode: %s, dossiersTotal: %d, dossiersOnline: %d}\n",
                1 + i / 1_000_000, i + 1, i + 1, eligible, mode, total, online));
    }

    private void writePlan(Path file, int tasks) throws IOException {
        StringBuilder b = new StringBuilder(8192);
        boolean adopted = chance(0.9);
        b.append("apiVersion: dxcheck/v1\nkind: Plan\nmetadata:\n  id: ").append(code).append(".dx-2021-2025\n")
                .append("  jurisdiction: ").append(code).append("\n  title: \"Kế hoạch chuyển đổi số tỉnh ")
                .append(title(code)).append(" giai đoạn 2021 - 2025\"\n  status: ")
                .append(adopted ? "adopted" : "draft").append('\n');
        if (adopted) {
            b.append("  adoptedBy: \"Nghị quyết ").append(1 + r.nextInt(30)).append("/NQ-HĐND\"\n");
            if (!chance(0.1)) { // PLN-009
                b.append("  adoptedOn: 2021-0").append(1 + r.nextInt(9)).append("-15\n");
            }
        }
        b.append("spec:\n  period: {from: 2021, to: 2025, visionTo: 2030}\n");
        if (!chance(0.05)) { // PLN-007
            b.append("  budget: {amount: ").append(50_000_000_000L + r.nextInt(1000) * 1_000_000_000L)
                    .append(", currency: VND}\n");
        }
        b.append("  pillars: [");
        int pillars = chance(0.8) ? 4 : 2; // PLN-002
        for (int i = 0; i < pillars; i++) {
            b.append(i == 0 ? "" : ", ").append(PILLARS[i]);
        }
        b.append("]\n  prioritySectors: [");
        int sectors = chance(0.7) ? SECTORS.length : 5 + r.nextInt(3); // PLN-003
        for (int i = 0; i < sectors; i++) {
            b.append(i == 0 ? "" : ", ").append(SECTORS[i]);
        }
        b.append("]\n  steeringCommittee:\n    head: {name: \"").append(person()).append("\", position: \"")
                .append(chance(0.9) ? "Bí thư Tỉnh ủy\", role: party-secretary}" : "Phó Chủ tịch\", role: other}")
                .append('\n');
        b.append("  headsAccountable: ").append(!chance(0.05)).append('\n');
        b.append("  securityCommitment: ").append(!chance(0.1)).append('\n');
        b.append("  targets:\n");
        for (String indicator : REQUIRED_INDICATORS) {
            double v = 60 + r.nextInt(20);
            for (int year = 2021; year <= 2025; year++) {
                if (year == 2025 && chance(0.05)) { // PLN-005
                    continue;
                }
                v = Math.min(100, v + (chance(0.05) ? -5 : r.nextInt(12))); // PLN-006 (a fall), PLN-004
                if (year == 2025 && chance(0.7)) {
                    v = indicator.startsWith("online-dossiers") ? 80 + r.nextInt(21) : 100;
                }
                b.append("    - {indicator: ").append(indicator).append(", year: ").append(year)
                        .append(", value: ").append((int) v).append("}\n");
                c.targets++;
            }
        }
        for (String indicator : OTHER_INDICATORS) {
            b.append("    - {indicator: ").append(indicator).append(", year: 2026, value: ")
                    .append(90 + r.nextInt(11)).append("}\n");
            c.targets++;
        }
        b.append("  tasks:\n");
        for (int t = 0; t < tasks; t++) {
            b.append("    - {id: T").append(String.format(Locale.ROOT, "%03d", t + 1))
                    .append(", title: \"Nhiệm vụ ").append(t + 1).append('"');
            if (!chance(0.03)) { // ACC-008, ACC-009
                Agency owner = agencies.get(r.nextInt(Math.min(agencies.size(), 1 + DEPARTMENTS_PER_PROVINCE)));
                b.append(", owner: ").append(chance(0.05) ? code + ".so-khong-co" : owner.id);
            }
            int year = chance(0.05) ? 2027 : 2021 + r.nextInt(5); // ACC-010
            b.append(", deadline: ").append(year).append("-12-31, pillar: ")
                    .append(PILLARS[r.nextInt(3)]).append("}\n");
            c.tasks++;
        }
        write(file, b);
        c.plans++;
    }

    private void writeWaivers(Path file) throws IOException {
        String lead = agencies.size() > 1 ? agencies.get(1).id : agencies.get(0).id;
        StringBuilder b = new StringBuilder(1024);
        b.append("apiVersion: dxcheck/v1\nkind: Waiver\nmetadata: {id: ").append(code)
                .append(".W-001, grantedBy: \"Sở KH&CN\", grantedOn: 2025-02-01}\nspec:\n  rule: STF-001\n")
                .append("  subject: ").append(lead).append("\n  reason: \"Đang tuyển dụng\"\n")
                .append("  expires: 2025-12-31\n");
        b.append("---\napiVersion: dxcheck/v1\nkind: Waiver\nmetadata: {id: ").append(code)
                .append(".W-002, grantedBy: \"Sở KH&CN\", grantedOn: 2024-03-01}\nspec:\n  rule: INF-001\n")
                .append("  subject: \"*\"\n  reason: \"Cổng đang xây dựng lại\"\n  expires: 2025-06-30\n");
        b.append("---\napiVersion: dxcheck/v1\nkind: Waiver\nmetadata: {id: ").append(code)
                .append(".W-003, grantedBy: \"Sở KH&CN\", grantedOn: 2025-05-01}\nspec:\n  rule: SEC-001\n")
                .append("  subject: \"*\"\n");
        write(file, b);
        c.waivers += 3;
    }

    private void write(Path file, CharSequence text) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.append(text);
        }
        c.files++;
    }

    private static String title(String code) {
        StringBuilder t = new StringBuilder();
        for (String part : code.split("-")) {
            t.append(t.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0)))
                    .append(part.substring(1));
        }
        return t.toString();
    }
}
