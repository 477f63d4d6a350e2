package dxcheck.load.xlsx;

import dxcheck.model.Vocabulary;

import java.util.List;
import java.util.Locale;

/**
 * The dxcheck workbook: which sheets it has and what their columns are. Row 1 holds the Vietnamese labels (for
 * people), row 2 the keys (for dxcheck: a column is found by its key, so columns may be moved, and x- columns are the
 * user's own), data from row 3. A document sheet has one row per document, its keys the YAML paths of the document's
 * scalar fields; an item sheet has one row per list entry, its first column the id of the document the entry belongs
 * to, its other keys those of the entry.
 */
public final class Layout {
    public static final int LABEL_ROW = 1;
    public static final int KEY_ROW = 2;
    public static final int FIRST_DATA_ROW = 3;

    /** What a column holds: decides its number format and validation list in a template, and its cell type. */
    public enum Type { TEXT, ID, IDS, CHOICE, CHOICES, COUNT, LEVEL, YEAR, PERCENT, MONEY, FLAG, DATE }

    public record Column(String key, String vi, String en, Type type, List<String> choices) {
        public boolean isList() {
            return type == Type.IDS || type == Type.CHOICES;
        }
    }

    /**
     * A sheet: name (Vietnamese, the tab's name) and id (English, also accepted as the tab's name), the kind of its
     * documents; for an item sheet the owner's sheet id and the YAML path of the list its rows fill.
     */
    public record Sheet(String id, String name, String kind, String owner, String listPath, List<Column> columns) {
        public boolean isItems() {
            return owner != null;
        }

        public Column column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
        }

        /** The key of the column that names the row: the document's id, or the owner's id for an item sheet. */
        public String idKey() {
            return columns.get(0).key();
        }
    }

    /** The hidden sheet of the template that holds the validation lists; the reader skips it. */
    public static final String LISTS_SHEET = "Danh mục";

    public static final String AGENCY = "agency";
    public static final String PLAN = "plan";

    private static Column c(String key, String vi, String en, Type type) {
        return new Column(key, vi, en, type, List.of());
    }

    private static Column c(String key, String vi, String en, Type type, List<String> choices) {
        return new Column(key, vi, en, type, choices);
    }

    public static final Sheet AGENCIES = new Sheet("agencies", "Cơ quan", "AgencyStatus", null, null, List.of(
            c("metadata.agency.id", "Mã cơ quan", "Agency id", Type.ID),
            c("metadata.agency.name", "Tên cơ quan", "Agency name", Type.TEXT),
            c("metadata.agency.level", "Cấp", "Level", Type.CHOICE, Vocabulary.LEVELS),
            c("metadata.agency.type", "Loại cơ quan", "Agency type", Type.CHOICE, Vocabulary.AGENCY_TYPES),
            c("metadata.agency.jurisdiction", "Mã tỉnh (địa bàn)", "Jurisdiction (province id)", Type.ID),
            c("metadata.agency.parent", "Mã cơ quan cấp trên", "Parent agency id", Type.ID),
            c("metadata.agency.roles", "Vai trò", "Roles", Type.CHOICES, Vocabulary.AGENCY_ROLES),
            c("metadata.asOf", "Ngày số liệu", "Figures as of", Type.DATE),
            c("spec.head.name", "Người đứng đầu: họ tên", "Head: name", Type.TEXT),
            c("spec.head.position", "Người đứng đầu: chức vụ", "Head: position", Type.TEXT),
            c("spec.head.designatedAccountable", "Người đứng đầu được giao chịu trách nhiệm chính về CĐS",
                    "Head designated accountable for DX", Type.FLAG),
            c("spec.head.usesDigitalSignature", "Người đứng đầu dùng chữ ký số", "Head uses a digital signature",
                    Type.FLAG),
            c("spec.head.processesWorkOnline", "Người đứng đầu xử lý công việc trên môi trường mạng",
                    "Head processes work online", Type.FLAG),
            c("spec.staffing.dedicatedDxStaff", "Cán bộ CĐS chuyên trách", "Dedicated DX staff", Type.COUNT),
            c("spec.staffing.concurrentDxStaff", "Cán bộ CĐS kiêm nhiệm", "Concurrent DX staff", Type.COUNT),
            c("spec.staffing.securityStaff", "Cán bộ an toàn thông tin", "Security staff", Type.COUNT),
            c("spec.staffing.communityDigitalTeams", "Tổ công nghệ số cộng đồng", "Community digital teams",
                    Type.COUNT),
            c("spec.onlineServices.summary.total", "TTHC: tổng số", "Procedures: total", Type.COUNT),
            c("spec.onlineServices.summary.fullProcessEligible", "TTHC đủ điều kiện toàn trình",
                    "Procedures eligible for full-process", Type.COUNT),
            c("spec.onlineServices.summary.fullProcess", "TTHC cung cấp toàn trình", "Procedures full-process online",
                    Type.COUNT),
            c("spec.onlineServices.summary.partial", "TTHC cung cấp một phần", "Procedures partly online",
                    Type.COUNT),
            c("spec.onlineServices.summary.dossiersTotal", "Hồ sơ: tổng số", "Dossiers: total", Type.COUNT),
            c("spec.onlineServices.summary.dossiersOnline", "Hồ sơ trực tuyến", "Dossiers submitted online",
                    Type.COUNT),
            c("spec.documents.exchangedElectronicallyPercent", "Văn bản trao đổi điện tử (%)",
                    "Documents exchanged electronically (%)", Type.PERCENT),
            c("spec.documents.digitallySignedPercent", "Văn bản được ký số (%)", "Documents digitally signed (%)",
                    Type.PERCENT),
            c("spec.documents.workProcessedOnlinePercent", "Hồ sơ công việc xử lý trên môi trường mạng (%)",
                    "Work records processed online (%)", Type.PERCENT),
            c("spec.infrastructure.portal", "Có cổng/trang thông tin điện tử", "Has a web portal", Type.FLAG),
            c("spec.infrastructure.videoConferenceEndpoint", "Có điểm cầu hội nghị truyền hình",
                    "Has a video-conference endpoint", Type.FLAG),
            c("spec.infrastructure.fiberToCenter", "Cáp quang đến trung tâm", "Fibre to the centre", Type.FLAG),
            c("spec.infrastructure.broadbandCoveragePercent", "Phủ sóng băng rộng (%)", "Broadband coverage (%)",
                    Type.PERCENT),
            c("spec.infrastructure.mobileCoveragePercent", "Phủ sóng di động (%)", "Mobile coverage (%)",
                    Type.PERCENT),
            c("spec.integration.lgspConnected", "Kết nối nền tảng LGSP", "Connected to the LGSP", Type.FLAG),
            c("spec.integration.nationalPublicServicePortalConnected", "Kết nối Cổng Dịch vụ công quốc gia",
                    "Connected to the national public service portal", Type.FLAG),
            c("spec.integration.nationalPopulationDatabaseConnected", "Kết nối CSDL quốc gia về dân cư",
                    "Connected to the national population database", Type.FLAG)));

    public static final Sheet SYSTEMS = new Sheet("systems", "Hệ thống", "AgencyStatus", "agencies",
            "spec.informationSystems", List.of(
            c(AGENCY, "Mã cơ quan", "Agency id", Type.ID),
            c("id", "Mã hệ thống", "System id", Type.ID),
            c("name", "Tên hệ thống", "System name", Type.TEXT),
            c("processesPersonalData", "Xử lý dữ liệu cá nhân", "Processes personal data", Type.FLAG),
            c("citizenFacing", "Phục vụ người dân", "Citizen-facing", Type.FLAG),
            c("servesOnlinePublicServices", "Phục vụ dịch vụ công trực tuyến", "Serves online public services",
                    Type.FLAG),
            c("securityLevel", "Cấp độ an toàn thông tin (1–5)", "Security level (1–5)", Type.LEVEL),
            c("levelApproved", "Hồ sơ cấp độ đã được phê duyệt", "Level dossier approved", Type.FLAG),
            c("protectionPlanImplemented", "Đã triển khai phương án bảo vệ", "Protection plan implemented",
                    Type.FLAG),
            c("lastAssessment", "Kiểm tra, đánh giá gần nhất", "Last assessment", Type.DATE)));

    public static final Sheet SERVICES = new Sheet("services", "Dịch vụ công", "AgencyStatus", "agencies",
            "spec.onlineServices.items", List.of(
            c(AGENCY, "Mã cơ quan", "Agency id", Type.ID),
            c("code", "Mã thủ tục hành chính", "Procedure code", Type.ID),
            c("name", "Tên thủ tục", "Procedure name", Type.TEXT),
            c("fullProcessEligible", "Đủ điều kiện toàn trình", "Eligible for full-process", Type.FLAG),
            c("mode", "Hình thức cung cấp", "Mode", Type.CHOICE, Vocabulary.SERVICE_MODES),
            c("dossiersTotal", "Số hồ sơ", "Dossiers", Type.COUNT),
            c("dossiersOnline", "Số hồ sơ trực tuyến", "Dossiers online", Type.COUNT)));

    public static final Sheet PLANS = new Sheet("plans", "Kế hoạch", "Plan", null, null, List.of(
            c("metadata.id", "Mã kế hoạch", "Plan id", Type.ID),
            c("metadata.jurisdiction", "Mã tỉnh (địa bàn)", "Jurisdiction (province id)", Type.ID),
            c("metadata.title", "Tên kế hoạch", "Title", Type.TEXT),
            c("metadata.status", "Trạng thái", "Status", Type.CHOICE, Vocabulary.PLAN_STATUSES),
            c("metadata.adoptedBy", "Văn bản ban hành", "Adopted by", Type.TEXT),
            c("metadata.adoptedOn", "Ngày ban hành", "Adopted on", Type.DATE),
            c("spec.period.from", "Từ năm", "From year", Type.YEAR),
            c("spec.period.to", "Đến năm", "To year", Type.YEAR),
            c("spec.period.visionTo", "Tầm nhìn đến năm", "Vision to year", Type.YEAR),
            c("spec.budget.amount", "Kinh phí (đồng)", "Budget (VND)", Type.MONEY),
            c("spec.budget.currency", "Đơn vị tiền", "Currency", Type.CHOICE, List.of("VND")),
            c("spec.pillars", "Trụ cột", "Pillars", Type.CHOICES, Vocabulary.PILLARS),
            c("spec.prioritySectors", "Lĩnh vực ưu tiên", "Priority sectors", Type.IDS),
            c("spec.steeringCommittee.head.name", "Trưởng Ban chỉ đạo: họ tên", "Steering committee head: name",
                    Type.TEXT),
            c("spec.steeringCommittee.head.position", "Trưởng Ban chỉ đạo: chức vụ",
                    "Steering committee head: position", Type.TEXT),
            c("spec.steeringCommittee.head.role", "Trưởng Ban chỉ đạo: vai trò", "Steering committee head: role",
                    Type.CHOICE, Vocabulary.STEERING_ROLES),
            c("spec.headsAccountable", "Người đứng đầu chịu trách nhiệm chính", "Heads accountable", Type.FLAG),
            c("spec.securityCommitment", "Cam kết bảo đảm an toàn thông tin theo cấp độ",
                    "Security-by-level commitment", Type.FLAG)));

    public static final Sheet MEMBERS = new Sheet("steering-members", "Ban chỉ đạo", "Plan", "plans",
            "spec.steeringCommittee.members", List.of(
            c(PLAN, "Mã kế hoạch", "Plan id", Type.ID),
            c("name", "Họ tên", "Name", Type.TEXT),
            c("position", "Chức vụ", "Position", Type.TEXT),
            c("role", "Vai trò", "Role", Type.CHOICE, Vocabulary.STEERING_ROLES)));

    public static final Sheet TARGETS = new Sheet("targets", "Chỉ tiêu", "Plan", "plans", "spec.targets", List.of(
            c(PLAN, "Mã kế hoạch", "Plan id", Type.ID),
            c("indicator", "Chỉ tiêu", "Indicator", Type.CHOICE, Vocabulary.INDICATORS),
            c("year", "Năm", "Year", Type.YEAR),
            c("value", "Giá trị (%)", "Value (%)", Type.PERCENT)));

    public static final Sheet TASKS = new Sheet("tasks", "Nhiệm vụ", "Plan", "plans", "spec.tasks", List.of(
            c(PLAN, "Mã kế hoạch", "Plan id", Type.ID),
            c("id", "Mã nhiệm vụ", "Task id", Type.ID),
            c("title", "Tên nhiệm vụ", "Title", Type.TEXT),
            c("owner", "Cơ quan chủ trì (mã)", "Owner agency id", Type.ID),
            c("deadline", "Thời hạn", "Deadline", Type.DATE),
            c("pillar", "Trụ cột", "Pillar", Type.CHOICE, Vocabulary.PILLARS)));

    public static final Sheet WAIVERS = new Sheet("waivers", "Miễn trừ", "Waiver", null, null, List.of(
            c("metadata.id", "Mã miễn trừ", "Waiver id", Type.ID),
            c("metadata.grantedBy", "Cơ quan cho phép", "Granted by", Type.TEXT),
            c("metadata.grantedOn", "Ngày cho phép", "Granted on", Type.DATE),
            c("spec.rule", "Mã quy tắc", "Rule id", Type.TEXT),
            c("spec.subject", "Đối tượng (mã, hoặc *)", "Subject id (or *)", Type.TEXT),
            c("spec.reason", "Lý do", "Reason", Type.TEXT),
            c("spec.expires", "Hết hạn", "Expires", Type.DATE)));

    /** Every sheet, in workbook order: each document sheet before the item sheets that name its rows. */
    public static final List<Sheet> SHEETS = List.of(AGENCIES, SYSTEMS, SERVICES, PLANS, MEMBERS, TARGETS, TASKS,
            WAIVERS);

    private Layout() {
    }

    /** The kinds a workbook holds, in the order of their sheets (AgencyStatus, Plan, Waiver). */
    public static List<String> kinds() {
        return SHEETS.stream().map(Sheet::kind).distinct().toList();
    }

    /** The sheets of one kind (AgencyStatus, Plan, Waiver), or all of them for null. */
    public static List<Sheet> forKind(String kind) {
        return kind == null ? SHEETS : SHEETS.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    /** The sheet a tab's name stands for, in Vietnamese or English (any case), or null. */
    public static Sheet byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Sheet s : SHEETS) {
            if (s.name().toLowerCase(Locale.ROOT).equals(n) || s.id().equals(n)) {
                return s;
            }
        }
        return null;
    }

    public static Sheet byId(String id) {
        return SHEETS.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
