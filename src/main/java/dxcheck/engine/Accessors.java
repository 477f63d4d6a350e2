package dxcheck.engine;

import java.lang.reflect.Method;
import java.util.List;

/** How DRL reads a field of a fact: a record's accessor (name()) or a bean's getter (getName()). */
final class Accessors {
    private Accessors() {
    }

    /** The public no-argument method that reads the field, or null. */
    static Method of(Class<?> type, String field) {
        for (String candidate : List.of(field, "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1))) {
            try {
                Method m = type.getMethod(candidate);
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // the other spelling, or none
            }
        }
        return null;
    }
}
