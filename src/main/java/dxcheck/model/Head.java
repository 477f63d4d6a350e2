package dxcheck.model;

/** The head of an agency (người đứng đầu). */
public record Head(String name, String position, Boolean designatedAccountable,
                   Boolean usesDigitalSignature, Boolean processesWorkOnline) {
}
