package dxcheck.model;

import java.time.LocalDate;

/**
 * A provincial-level unit from the rules folder's provinces.yaml: its id as inputs write it (ha-giang), its name, and
 * — for one that no longer exists — the day it ended and the unit it merged into. A fact rules match (LGV-002).
 */
public record Province(String id, String name, LocalDate endedOn, String successor) implements java.io.Serializable {

    public boolean merged() {
        return successor != null;
    }
}
