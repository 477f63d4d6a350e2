package dxcheck.xlsx;

import dxcheck.load.Inputs;
import dxcheck.model.Source;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values of loaded facts without where they were written: what must survive a round trip. */
final class ModelValues {
    private ModelValues() {
    }

    static Map<String, Object> of(Inputs in) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("agencies", values(in.agencies));
        all.put("systems", values(in.systems));
        all.put("services", values(in.services));
        all.put("plans", values(in.plans));
        all.put("targets", values(in.targets));
        all.put("tasks", values(in.tasks));
        all.put("waivers", values(in.waivers));
        return all;
    }

    /** The same, each list of facts in sorted order: files written one per document are read back by path. */
    static Map<String, Object> sorted(Inputs in) {
        Map<String, Object> all = new LinkedHashMap<>();
        of(in).forEach((k, v) -> all.put(k, ((List<?>) v).stream().map(String::valueOf).sorted().toList()));
        return all;
    }

    static Object values(Object o) {
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(values(x)));
            return out;
        }
        if (o != null && o.getClass().isRecord()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                if (c.getType() == Source.class) {
                    continue;
                }
                try {
                    out.put(c.getName(), values(c.getAccessor().invoke(o)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return o.getClass().getSimpleName() + out;
        }
        return o;
    }
}
