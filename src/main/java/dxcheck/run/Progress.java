package dxcheck.run;

import dxcheck.load.LoadProgress;

/** What a long check is doing: files read, then the rules running; silent unless a terminal shows it. */
public interface Progress extends LoadProgress {
    Progress NONE = new Progress() {
        @Override
        public void loaded(int files, int documents) {
        }
    };

    default void running(int facts) {
    }

    default void done() {
    }
}
