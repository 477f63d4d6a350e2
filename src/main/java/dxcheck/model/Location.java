package dxcheck.model;

/** A place in an input file: 1-based line and column. */
public record Location(String file, int line, int column) implements java.io.Serializable {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
