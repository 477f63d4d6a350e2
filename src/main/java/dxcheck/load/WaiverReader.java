package dxcheck.load;

import dxcheck.model.Waiver;
import dxcheck.text.Msg;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** kind: Waiver → a Waiver fact. A missing reason or expiry is a finding (WVR-003), not an input error. */
final class WaiverReader implements KindReader {
    static final Pattern RULE_ID = Pattern.compile("[A-Z]{3}-[0-9]{3}");

    private final Inputs out;
    private final ErrorList errors;

    WaiverReader(Inputs out, ErrorList errors) {
        this.out = out;
        this.errors = errors;
    }

    @Override
    public void read(YamlMap doc, YamlMap md, YamlMap spec) {
        String id = md.id("id", true);
        String grantedBy = md.text("grantedBy", false);
        LocalDate grantedOn = md.date("grantedOn", false);
        md.done();
        String rule = spec.text("rule", true);
        if (rule != null && !RULE_ID.matcher(rule).matches()) {
            errors.add(spec.valueLocation("rule"), spec.pathOf("rule"), Msg.BAD_RULE_ID, rule);
            rule = null;
        }
        String subject = spec.text("subject", true);
        String reason = spec.text("reason", false);
        LocalDate expires = spec.date("expires", false);
        spec.done();
        if (id != null && rule != null && subject != null) {
            out.waivers.add(new Waiver(id, grantedBy, grantedOn, rule, subject,
                    reason == null || reason.isBlank() ? null : reason, expires, doc.source()));
        }
    }
}
