package dxcheck.engine;

import dxcheck.model.AgencyStatus;
import dxcheck.model.InJurisdiction;
import dxcheck.model.OfAgency;
import dxcheck.model.OfPlan;
import dxcheck.model.Plan;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The input facts of a check by province, in load order: a fact with a jurisdiction is its province's, a fact of an
 * agency or a plan is the province of that agency or plan; any other fact (a waiver, a newer kind's) is shared by
 * every session. Null when a fact cannot be placed (its agency or plan is not among the inputs, or lies in another
 * province): then the check runs in one session.
 */
record Partition(Map<String, List<Object>> byProvince, List<Object> shared, Map<String, String> owners) {
    /** A derived fact's fields that name a province, an agency or a plan, read by their accessors (any type). */
    private static final ClassValue<Method[]> NAMING = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return new Method[] {Accessors.of(type, "jurisdiction"), Accessors.of(type, "agencyId"),
                Accessors.of(type, "planId")};
        }
    };

    static Partition of(List<Object> facts) {
        Map<String, String> provinceOf = new HashMap<>();
        for (Object f : facts) {
            if (f instanceof AgencyStatus a) {
                provinceOf.put("agency:" + a.id(), a.jurisdiction());
            } else if (f instanceof Plan p) {
                provinceOf.put("plan:" + p.id(), p.jurisdiction());
            }
        }
        Map<String, List<Object>> byProvince = new TreeMap<>();
        List<Object> shared = new ArrayList<>();
        for (Object f : facts) {
            if (!(f instanceof InJurisdiction || f instanceof OfAgency || f instanceof OfPlan)) {
                shared.add(f);
                continue;
            }
            String own = f instanceof InJurisdiction j ? j.jurisdiction() : null;
            String owner = f instanceof OfAgency a ? provinceOf.get("agency:" + a.agencyId())
                    : f instanceof OfPlan p ? provinceOf.get("plan:" + p.planId()) : own;
            String province = own != null ? own : owner;
            if (province == null || !province.equals(owner == null ? province : owner)) {
                return null; // rules tie a fact to its agency's or plan's province: they must agree
            }
            byProvince.computeIfAbsent(province, k -> new ArrayList<>()).add(f);
        }
        return new Partition(byProvince, shared, provinceOf);
    }

    /**
     * Whether a fact a rule derived in a province's session names only that province (by a jurisdiction, agency or
     * plan field), as rules that tie by those fields rely on; a fact without such fields does.
     */
    boolean keepsTo(String province, Object derived) {
        Method[] naming = NAMING.get(derived.getClass());
        String[] prefixes = {null, "agency:", "plan:"};
        for (int i = 0; i < naming.length; i++) {
            if (naming[i] == null) {
                continue;
            }
            Object value;
            try {
                value = naming[i].invoke(derived);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
            String named = value == null ? null : prefixes[i] == null ? value.toString() : owners.get(prefixes[i] + value);
            if (!province.equals(named)) {
                return false;
            }
        }
        return true;
    }
}
