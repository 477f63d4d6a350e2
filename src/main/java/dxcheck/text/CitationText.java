package dxcheck.text;

import dxcheck.model.Citation;
import dxcheck.model.LegalSource;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation in words, as the instruments write themselves: "Nghị định 85/2016/NĐ-CP, Điều 8 (hiệu lực từ 1/7/2016)"
 * / "Decree 85/2016/NĐ-CP, Art. 8 (in force from 1 Jul 2016)"; a reference by its title and date.
 */
public final class CitationText {
    /** A provision as rule metadata writes it: art. 20 cl. 2 point c, sec. II.2, part I. */
    private static final Pattern TOKEN = Pattern.compile("(art|cl|point|sec|part)\\.?\\s+([0-9A-Za-z.–-]+)");

    private CitationText() {
    }

    /** The citations (cited on the day given) joined by "; ". */
    public static String all(List<Citation> citations, LocalDate day, Lang lang) {
        StringBuilder b = new StringBuilder();
        for (Citation c : citations) {
            if (c.citableAt(day)) {
                b.append(b.length() == 0 ? "" : "; ").append(of(c, lang));
            }
        }
        return b.toString();
    }

    public static String of(Citation c, Lang lang) {
        LegalSource s = c.source();
        return s.instrument() ? instrument(s, c.provision(), lang) : reference(s, lang);
    }

    /** The instrument's short name: "Quyết định 749/QĐ-TTg", "Luật An toàn thông tin mạng số 86/2015/QH13". */
    public static String name(LegalSource s, Lang lang) {
        boolean vi = lang == Lang.VI;
        String named = vi ? s.shortVi() : s.shortEn();
        if (named != null) {
            return named + (vi ? " số " : " No. ") + s.number();
        }
        return (vi ? s.kindVi() : s.kindEn()) + " " + s.number();
    }

    private static String instrument(LegalSource s, String provision, Lang lang) {
        StringBuilder b = new StringBuilder(name(s, lang));
        if (!provision.isEmpty()) {
            b.append(", ").append(provision(provision, lang));
        }
        return b.append(" (").append(inForce(s, lang)).append(')').toString();
    }

    /** "hiệu lực từ 1/7/2016" or, for an instrument since replaced, "hiệu lực 1/7/2016 – 30/6/2026". */
    public static String inForce(LegalSource s, Lang lang) {
        String from = MessageText.date(s.from(), lang);
        if (s.until() == null) {
            return (lang == Lang.VI ? "hiệu lực từ " : "in force from ") + from;
        }
        return (lang == Lang.VI ? "hiệu lực " : "in force ") + from + " – " + MessageText.date(s.until().minusDays(1), lang);
    }

    private static String reference(LegalSource s, Lang lang) {
        String title = lang == Lang.VI ? s.titleVi() : s.titleEn();
        if (s.from().equals(LocalDate.MIN)) {
            return title;
        }
        return title + " (" + (lang == Lang.VI ? s.kindVi() : s.kindEn()) + ", " + MessageText.date(s.from(), lang) + ")";
    }

    /** Whether the provision is made only of the tokens art., cl., point, sec., part, each with a value. */
    public static boolean validProvision(String provision) {
        return provision.isEmpty() || TOKEN.matcher(provision).replaceAll("").isBlank();
    }

    /** vi from the smallest unit up ("điểm c khoản 2 Điều 20"); en from the article ("Art. 20(2)(c)"). */
    public static String provision(String provision, Lang lang) {
        String art = null;
        String cl = null;
        String point = null;
        String sec = null;
        String part = null;
        for (Matcher m = TOKEN.matcher(provision); m.find(); ) {
            String v = m.group(2).replace('-', '–');
            switch (m.group(1)) {
                case "art" -> art = v;
                case "cl" -> cl = v;
                case "point" -> point = v;
                case "sec" -> sec = v;
                default -> part = v;
            }
        }
        StringBuilder b = new StringBuilder();
        if (lang == Lang.VI) {
            append(b, point == null ? null : "điểm " + point);
            append(b, cl == null ? null : "khoản " + cl);
            append(b, art == null ? null : "Điều " + art);
            append(b, sec == null ? null : "Mục " + sec);
            append(b, part == null ? null : "Phần " + part);
        } else {
            append(b, part == null ? null : "Part " + part);
            append(b, sec == null ? null : "Sec. " + sec);
            if (art != null) {
                append(b, "Art. " + art + (cl == null ? "" : "(" + cl + ")") + (point == null ? "" : "(" + point + ")"));
            }
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String part) {
        if (part != null) {
            b.append(b.length() == 0 ? "" : " ").append(part);
        }
    }
}
