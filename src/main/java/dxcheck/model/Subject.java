package dxcheck.model;

/** A fact that findings can be about: it has a subject id and knows where it was written. */
public interface Subject {
    String subjectId();

    Source source();

    /** The document a subject belongs to (an agency for its systems and services, a plan for its tasks). */
    default String ownerId() {
        return subjectId();
    }
}
