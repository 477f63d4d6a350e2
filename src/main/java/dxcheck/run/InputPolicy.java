package dxcheck.run;

/**
 * Whether Policy documents that came with the documents to check may set thresholds: a Policy hidden among a
 * submission's files would loosen the thresholds it is judged by (issue 13). Refused, a check names each one at its
 * location and says which option would allow it (check/watch/diff --no-input-policy; serve unless started with
 * --allow-upload-policy).
 */
public record InputPolicy(boolean refused, String allowedBy) {
    public static final InputPolicy ALLOWED = new InputPolicy(false, null);

    /** Refused, unless the option named is given (serve's --allow-upload-policy) or left out (--no-input-policy). */
    public static InputPolicy refusedBy(String option) {
        return new InputPolicy(true, option);
    }
}
