package dxcheck.model;

import java.time.LocalDate;

/** The date against which deadlines and waiver expiry are judged (--as-of). One per session. */
public record AsOf(LocalDate date) {
}
