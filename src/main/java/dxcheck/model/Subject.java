package dxcheck.model;

/** A fact that findings can be about: it has a subject id and knows where it was written. */
public interface Subject {
    String subjectId();

    Source source();
}
