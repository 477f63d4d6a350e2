package dxcheck.load;

/** Told after each file is read, for a progress line on long runs. */
@FunctionalInterface
public interface LoadProgress {
    LoadProgress NONE = (file, files, documents) -> { };

    void loaded(String file, int files, int documents);
}
