package dxcheck.text;

import java.util.Locale;

/**
 * Every message of the tool itself (not of the rules, whose messages live in the DRL metadata), in Vietnamese
 * and English. Arguments are {@link String#format} style.
 */
public enum Msg {
    UNKNOWN_KEY("khóa không hợp lệ '%s' (các khóa được phép: %s; khóa riêng bắt đầu bằng x-)",
            "unknown key '%s' (allowed: %s; private keys start with x-)"),
    MISSING_FIELD("thiếu trường bắt buộc '%s'", "missing required field '%s'"),
    EXPECTED_TEXT("cần một chuỗi văn bản, nhưng có %s", "expected a text, found %s"),
    EXPECTED_COUNT("cần một số nguyên không âm, nhưng có %s", "expected a whole number ≥ 0, found %s"),
    EXPECTED_INTEGER("cần một số nguyên, nhưng có %s", "expected a whole number, found %s"),
    EXPECTED_NUMBER("cần một số, nhưng có %s", "expected a number, found %s"),
    EXPECTED_FLAG("cần true hoặc false, nhưng có %s", "expected true or false, found %s"),
    EXPECTED_DATE("cần một ngày dạng YYYY-MM-DD, nhưng có %s", "expected a date YYYY-MM-DD, found %s"),
    EXPECTED_MAPPING("cần một ánh xạ (khóa: giá trị), nhưng có %s", "expected a mapping (key: value), found %s"),
    EXPECTED_LIST("cần một danh sách, nhưng có %s", "expected a list, found %s"),
    EXPECTED_SCALAR("cần một giá trị đơn (số, chuỗi, ngày, true/false), nhưng có %s",
            "expected a single value (number, text, date, true/false), found %s"),
    PERCENT_RANGE("tỷ lệ phần trăm phải từ 0 đến 100, nhưng có %s", "a percentage must be from 0 to 100, found %s"),
    OUT_OF_RANGE("giá trị phải từ %s đến %s, nhưng có %s", "the value must be from %s to %s, found %s"),
    NOT_ONE_OF("giá trị '%s' không hợp lệ (cần một trong: %s)", "'%s' is not allowed (expected one of: %s)"),
    BAD_ID("mã '%s' chỉ được gồm chữ, số, '.', '-' và '_'", "id '%s' may contain only letters, digits, '.', '-' and '_'"),
    BAD_RULE_ID("mã quy tắc '%s' phải có dạng ABC-123", "rule id '%s' must look like ABC-123"),
    BAD_API_VERSION("apiVersion phải là 'dxcheck/v1', nhưng có %s", "apiVersion must be 'dxcheck/v1', found %s"),
    BAD_KIND("kind %s không được hỗ trợ (cần Plan, AgencyStatus, Policy hoặc Waiver)",
            "kind %s is not supported (expected Plan, AgencyStatus, Policy or Waiver)"),
    NOT_A_DOCUMENT("một tài liệu phải là ánh xạ YAML với apiVersion, kind, metadata, spec, nhưng có %s",
            "a document must be a YAML mapping with apiVersion, kind, metadata, spec, found %s"),
    DUPLICATE_KEY("khóa '%s' lặp lại trong cùng ánh xạ (lần đầu ở dòng %d)",
            "key '%s' appears twice in one mapping (first at line %d)"),
    DUPLICATE_ID("mã '%s' đã được dùng ở %s", "id '%s' is already used at %s"),
    YAML_SYNTAX("lỗi cú pháp YAML: %s", "YAML syntax error: %s"),
    NOT_UTF8("tệp không phải UTF-8 hợp lệ (byte 0x%02X)", "the file is not valid UTF-8 (byte 0x%02X)"),
    FILE_TOO_LARGE("tệp có %d byte, vượt giới hạn %d byte", "the file has %d bytes, over the limit of %d bytes"),
    OVER_SIZE_LIMIT("tệp lớn hơn giới hạn %d byte", "the file is larger than the limit of %d bytes"),
    TOO_MANY_ALIASES("quá nhiều alias YAML tới ánh xạ/danh sách (giới hạn %d)",
            "too many YAML aliases to mappings or lists (limit %d)"),
    TOO_DEEP("cấu trúc lồng quá sâu (giới hạn %d mức)", "nesting too deep (limit %d levels)"),
    TAG_NOT_ALLOWED("thẻ YAML '%s' không được phép", "YAML tag '%s' is not allowed"),
    NO_SUCH_PATH("không tìm thấy tệp hoặc thư mục", "no such file or directory"),
    UNREADABLE("không đọc được: %s", "cannot be read: %s"),
    PERMISSION_DENIED("không đọc được: không có quyền đọc", "cannot be read: permission denied"),
    BAD_CHARACTER("ký tự U+%04X không được phép trong YAML", "the character U+%04X is not allowed in YAML"),
    EMPTY_FILE("tệp không chứa tài liệu YAML nào", "the file holds no YAML document"),
    TOO_MANY_DOCUMENTS("quá %d tài liệu trong một lần kiểm tra (giới hạn); hãy kiểm tra từng tỉnh riêng",
            "more than %d documents in one run (the limit); check each province separately"),
    NO_DOCUMENTS("không có tài liệu YAML nào (*.yaml, *.yml) trong các đường dẫn đã cho",
            "no YAML documents (*.yaml, *.yml) under the given paths"),
    MORE_ERRORS("... và %d lỗi nữa (chỉ hiện %d lỗi đầu)", "... and %d more errors (only the first %d are shown)"),
    POLICY_UNKNOWN_KEY("khóa chính sách '%s' không có trong chính sách gốc %s",
            "policy key '%s' is not defined by the base policy %s"),
    POLICY_WRONG_TYPE("khóa chính sách '%s' cần %s như trong chính sách gốc, nhưng có %s",
            "policy key '%s' must be %s as in the base policy, found %s"),
    POLICY_EXTENDS("chính sách mở rộng '%s', nhưng trước nó chưa có chính sách nào mang mã đó (đã có: %s)",
            "the policy extends '%s', but no policy with that id comes before it (loaded: %s)"),
    POLICY_JURISDICTION("chính sách '%s' chỉ dành cho '%s', nhưng đầu vào có '%s' ở %s; hãy kiểm tra từng tỉnh riêng",
            "policy '%s' is for '%s' only, but the inputs include '%s' at %s; check each province separately"),
    RULE_READS_UNKNOWN_KEY("quy tắc đọc khóa chính sách '%s' mà chính sách không định nghĩa",
            "the rule reads policy key '%s', which the policy does not define"),
    RULE_METADATA("quy tắc '%s' thiếu siêu dữ liệu @%s", "rule '%s' lacks the @%s metadata"),
    RULE_PART_WITHOUT_DEFINITION("quy tắc chỉ mang @id(\"%s\") nhưng không quy tắc nào định nghĩa mã này đủ siêu dữ liệu",
            "the rule carries only @id(\"%s\"), but no rule defines that id with full metadata"),
    RULE_DUPLICATE_ID("mã quy tắc '%s' đã dùng cho quy tắc '%s'", "rule id '%s' is already used by rule '%s'"),
    DRL_ERROR("lỗi DRL: %s%n    %s%n    %s", "DRL error: %s%n    %s%n    %s"),
    NO_RULES("không có tệp .drl nào trong %s", "no .drl files in %s"),
    NO_POLICY("không có chính sách mặc định %s", "no default policy at %s"),
    BAD_OPTION("tùy chọn %s: %s", "option %s: %s"),
    RULE_FAILED("quy tắc '%s' gặp lỗi khi chạy với %s: %s; không có báo cáo nào được ghi",
            "rule '%s' failed on %s: %s; no report was written"),
    RULE_LOOPS("quy tắc '%s' kích hoạt lại hơn %d lần trên %s (modify/update tự kích hoạt lại chính nó); "
            + "không có báo cáo nào được ghi",
            "rule '%s' fired more than %d times on %s (a modify or update that re-triggers the rule); "
            + "no report was written"),
    RULE_FIRE_LIMIT("hơn %d lần kích hoạt quy tắc, nhiều nhất là quy tắc '%s' (lần cuối với %s): có quy tắc "
            + "kích hoạt không dứt; không có báo cáo nào được ghi",
            "more than %d rule firings, most by rule '%s' (last on %s): a rule keeps re-firing; no report was written"),
    INTERNAL_ERROR("lỗi nội bộ của dxcheck: %s", "internal dxcheck error: %s"),
    FORMATS_NEED_DIR("nhiều định dạng (%s) cần --output-dir", "several formats (%s) need --output-dir"),
    OUTPUT_AND_DIR("chỉ dùng một trong --output và --output-dir", "use either --output or --output-dir, not both"),
    NOT_A_REPORT("không phải báo cáo JSON của dxcheck (--format json): %s",
            "not a dxcheck JSON report (--format json): %s"),
    DIFF_FIXED("Đã khắc phục (%d)", "Fixed (%d)"),
    DIFF_INTRODUCED("Phát sinh mới (%d)", "Introduced (%d)"),
    DIFF_UNCHANGED("Không đổi (%d)", "Unchanged (%d)"),
    DIFF_SUMMARY("%d đã khắc phục, %d phát sinh mới, %d không đổi", "%d fixed, %d introduced, %d unchanged"),
    PROGRESS_LOADING("dxcheck: đã nạp %d tệp, %d tài liệu…", "dxcheck: read %d files, %d documents…"),
    PROGRESS_RULES("dxcheck: đang chạy quy tắc trên %d dữ kiện…", "dxcheck: running the rules on %d facts…"),
    LINT_ID_PATTERN("mã quy tắc '%s' không theo mẫu của danh mục ABC-123",
            "rule id '%s' does not match the catalogue pattern ABC-123"),
    LINT_NO_SUBJECT("quy tắc %s thiếu @subject (agency, system, service, jurisdiction, plan, task, target, waiver): "
            + "bảng điểm bỏ qua quy tắc này", "rule %s has no @subject (agency, system, service, jurisdiction, plan, "
            + "task, target, waiver): the scorecard leaves it out"),
    LINT_KEY_UNDEFINED("quy tắc đọc khóa chính sách '%s' mà %s không định nghĩa: quy tắc sẽ không bao giờ kích hoạt",
            "the rule reads policy key '%s', which %s does not define: it could never fire"),
    LINT_KEY_UNREAD("khóa chính sách '%s' không được quy tắc nào đọc", "policy key '%s' is read by no rule"),
    LINT_NEVER_FIRES("quy tắc '%s' không bao giờ kích hoạt: %s và %s", "rule '%s' can never fire: %s and %s"),
    LINT_SUMMARY("lint: %d quy tắc, %d lỗi, %d cảnh báo", "lint: %d rules, %d errors, %d warnings"),
    LINT_NOT_COMPILING("lint: bộ quy tắc không biên dịch được", "lint: the rules do not compile"),
    HTTP_BAD_HOST("máy chủ này chỉ phục vụ địa chỉ 127.0.0.1 hoặc localhost, không phải '%s'",
            "this server answers only requests to 127.0.0.1 or localhost, not '%s'"),
    CANNOT_WRITE("không ghi được %s: %s", "cannot write %s: %s"),
    NO_FINDINGS("Không có phát hiện nào.", "No findings."),
    SUMMARY("%d lỗi, %d cảnh báo, %d thông tin, %d được miễn trừ; %d đối tượng, %d quy tắc",
            "%d errors, %d warnings, %d info, %d waived; %d subjects, %d rules"),
    WAIVED_BY("miễn trừ bởi %s", "waived by %s"),
    LEGAL_BASIS("Căn cứ", "Legal basis"),
    WATCH_CHANGED("đã thay đổi: %s", "changed: %s"),
    WATCH_KEEPING_RULES("(quy tắc mới không biên dịch được: vẫn dùng bộ quy tắc tốt gần nhất)",
            "(the new rules do not compile: still checking with the last rules that did)"),
    MATCHED("Quy tắc đã khớp", "The rule matched"),
    SEVERITY_ERROR("lỗi", "error"),
    SEVERITY_WARNING("cảnh báo", "warning"),
    SEVERITY_INFO("thông tin", "info"),
    REPORT_TITLE("Báo cáo kiểm tra chuyển đổi số", "Digital transformation compliance report"),
    REPORT_AS_OF("Ngày đánh giá", "As of"),
    REPORT_INPUTS("Tài liệu đầu vào", "Inputs"),
    REPORT_POLICY("Chính sách áp dụng", "Policy applied"),
    REPORT_SUMMARY("Tổng hợp", "Summary"),
    REPORT_BY_FAMILY("Phát hiện theo nhóm quy tắc", "Findings by rule family"),
    REPORT_BY_AGENCY("Phát hiện theo cơ quan, kế hoạch", "Findings by agency or plan"),
    REPORT_SCORECARD("Bảng điểm: tỉ lệ quy tắc áp dụng được đáp ứng", "Scorecard: share of applicable rules passed"),
    REPORT_SCORECARD_NOTE("Quy tắc áp dụng cho cơ quan khi cơ quan báo cáo phần nội dung mà nhóm quy tắc xem xét; "
            + "đạt khi không còn phát hiện chưa được miễn trừ.",
            "A rule applies to an agency when the agency reports the section its family judges; it passes when it "
            + "leaves no finding that is not waived."),
    REPORT_FINDINGS("Chi tiết phát hiện", "Findings"),
    REPORT_REMEDIATION("Khắc phục", "Remediation"),
    REPORT_WAIVER("Miễn trừ %s: %s (hết hạn %s)", "Waiver %s: %s (expires %s)"),
    REPORT_LOCATION("Vị trí", "Location"),
    REPORT_FAMILY("Nhóm", "Family"),
    REPORT_AGENCY("Cơ quan", "Agency"),
    REPORT_JURISDICTION("Địa bàn", "Jurisdiction"),
    REPORT_PLAN("Kế hoạch", "Plan"),
    REPORT_ERRORS("Lỗi", "Errors"),
    REPORT_WARNINGS("Cảnh báo", "Warnings"),
    REPORT_INFOS("Thông tin", "Info"),
    REPORT_WAIVED("Được miễn trừ", "Waived"),
    REPORT_PASSED("Đạt", "Passed"),
    REPORT_TOTAL("Tổng", "Total"),
    REPORT_GENERATED("Tạo bởi dxcheck %s", "Made by dxcheck %s"),
    FAMILY_ACC("Trách nhiệm người đứng đầu", "Accountability"),
    FAMILY_STF("Nhân lực chuyển đổi số", "Staffing"),
    FAMILY_SEC("An toàn thông tin", "Information security"),
    FAMILY_SVC("Dịch vụ công trực tuyến", "Online public services"),
    FAMILY_DOC("Văn bản điện tử", "Electronic documents"),
    FAMILY_INF("Hạ tầng và kết nối", "Infrastructure and integration"),
    FAMILY_PLN("Kế hoạch", "Plans"),
    FAMILY_WVR("Miễn trừ", "Waivers"),
    FAMILY_LGV("Chính quyền địa phương hai cấp", "Two-level local government"),
    ONLY_POLICY("tệp chính sách chỉ được chứa tài liệu kind: Policy", "a policy file may hold only kind: Policy documents"),
    BUILDING("dxcheck: lần chạy đầu, đang biên dịch…", "dxcheck: first use, building…"),
    HTTP_NO_DOCUMENTS("yêu cầu không có tài liệu YAML nào", "the request holds no YAML documents"),
    HTTP_TOO_LARGE("yêu cầu lớn hơn giới hạn %d byte; hãy gửi ít tệp hơn mỗi lần",
            "the request is over the limit of %d bytes; send fewer files at a time"),
    HTTP_TIMEOUT("việc kiểm tra mất quá %d giây và đã bị dừng; hãy chia nhỏ tài liệu rồi thử lại",
            "the check took more than %d s and was stopped; split the documents and try again"),
    HTTP_BUSY("máy chủ đang bận; hãy thử lại sau ít phút", "the server is busy; try again in a moment"),
    HTTP_NOT_FOUND("không có địa chỉ %s (có: /, /api/check, /api/rules, /health)",
            "no such address %s (there are: /, /api/check, /api/rules, /health)"),
    HTTP_METHOD("%s không dùng được với %s (dùng %s)", "%s is not allowed on %s (use %s)"),
    HTTP_CONTENT_TYPE("kiểu nội dung '%s' không được hỗ trợ (dùng application/yaml, text/yaml, text/plain hoặc multipart/form-data)",
            "content type '%s' is not supported (use application/yaml, text/yaml, text/plain or multipart/form-data)"),
    HTTP_BAD_FORM("dữ liệu multipart/form-data không hợp lệ: %s", "malformed multipart/form-data: %s"),
    HTTP_BAD_PARAM("tham số %s: %s", "parameter %s: %s"),
    SERVE_LISTENING("dxcheck serve: %d quy tắc (phiên bản %s); Ctrl-C để dừng",
            "dxcheck serve: %d rules (version %s); Ctrl-C to stop"),
    SERVE_RULES_RELOADED("dxcheck serve: đã nạp lại quy tắc: %d quy tắc (phiên bản %s)",
            "dxcheck serve: rules reloaded: %d rules (version %s)"),
    SERVE_RULES_BROKEN("dxcheck serve: quy tắc mới không biên dịch được; vẫn dùng bộ quy tắc phiên bản %s:",
            "dxcheck serve: the new rules do not compile; still serving rules version %s:"),
    SERVE_CANNOT_BIND("không mở được cổng %s:%d: %s", "cannot listen on %s:%d: %s"),
    // issue 13 (hardening): refused inputs, limits, the server's guards
    INPUT_POLICY_REFUSED("tài liệu Policy '%s' nằm trong đầu vào bị từ chối (%s); chính sách chỉ lấy từ thư mục quy tắc và --policy",
            "Policy document '%s' among the inputs is refused (%s); thresholds come only from the rules folder and --policy"),
    LINE_TOO_LONG("dòng dài %d ký tự, vượt giới hạn %d ký tự một dòng",
            "the line has %d characters, over the limit of %d per line"),
    SCALAR_TOO_LONG("giá trị dài %d ký tự, vượt giới hạn %d ký tự", "the value has %d characters, over the limit of %d"),
    FILE_TOO_SLOW("đọc tệp mất quá %d giây (giới hạn); hãy chia tệp nhỏ hơn",
            "reading the file took more than %d s (the limit); split it"),
    NOT_A_REGULAR_FILE("không phải tệp thường (FIFO, thiết bị hoặc socket); dùng - để đọc từ đầu vào chuẩn",
            "not a regular file (a FIFO, a device or a socket); use - to read standard input"),
    LINK_OUTSIDE("liên kết tượng trưng trỏ ra ngoài thư mục đầu vào (tới %s): không đọc",
            "a symbolic link out of the input folder (to %s): not read"),
    HTTP_SLOW_BODY("nội dung yêu cầu không gửi xong trong %d giây", "the request body did not arrive within %d s"),
    HTTP_CROSS_SITE("yêu cầu kiểm tra phải đến từ bàn kiểm tra hoặc mang tiêu đề X-Dxcheck",
            "a check must come from the workbench or carry the header X-Dxcheck"),
    UPLOAD_POLICY_REFUSED("máy chủ này không nhận chính sách tải lên (khởi động với --allow-upload-policy để cho phép)",
            "this server does not accept uploaded policies (start it with --allow-upload-policy to allow them)");

    private final String vi;
    private final String en;

    Msg(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The word for a severity: lỗi / error, cảnh báo / warning, thông tin / info. */
    public static String severity(dxcheck.model.Severity s, Lang lang) {
        return switch (s) {
            case ERROR -> SEVERITY_ERROR.format(lang);
            case WARNING -> SEVERITY_WARNING.format(lang);
            case INFO -> SEVERITY_INFO.format(lang);
        };
    }

    /** The name of a rule family (the letters of its ids), or the letters when the family has no name here. */
    public static String family(String code, Lang lang) {
        try {
            return valueOf("FAMILY_" + code).format(lang);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public String format(Lang lang, Object... args) {
        return String.format(Locale.ROOT, lang == Lang.VI ? vi : en, args);
    }
}
