package dxcheck.load;

/** Told after each file is read, for a progress line on long runs. */
@FunctionalInterface
public interface LoadProgress {
    LoadProgress NONE = (files, documents) -> { };

    void loaded(int files, int documents);
}
