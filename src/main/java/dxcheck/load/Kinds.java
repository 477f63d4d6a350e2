package dxcheck.load;

import dxcheck.model.AgencyStatus;
import dxcheck.model.InformationSystem;
import dxcheck.model.Plan;
import dxcheck.model.PlanTarget;
import dxcheck.model.PlanTask;
import dxcheck.model.ServiceItem;
import dxcheck.model.Waiver;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The kinds of input document, registered once. Each names its reader, the JSON Schema definitions of its metadata and
 * spec (schema/dxcheck-v1.schema.json, which lint reads for field names and a test keeps in step with this list), and
 * the facts it makes, each with the field its id is written in (ids of subjects are unique across documents) and its
 * own schema definition when it is a list entry. A new kind is its fact record (model), its reader (here, one line),
 * and its definitions in the schema; its facts reach the rules whatever their type ({@link Inputs#add}).
 */
public final class Kinds {
    /** One fact a kind makes: its type, where its id is written (null: not a subject with a unique id). */
    public record Fact(Class<?> type, String idField, String shownIdField, String schemaDef) {
    }

    /** One kind of document. */
    public record Kind(String name, BiFunction<Inputs, ErrorList, KindReader> reader, String metadataDef,
                       String specDef, List<Fact> facts) {
    }

    public static final List<Kind> ALL = List.of(
            new Kind("AgencyStatus", (out, errors) -> new AgencyStatusReader(out), "AgencyStatusMetadata",
                    "AgencyStatusSpec", List.of(
                            new Fact(AgencyStatus.class, "metadata.agency.id", "metadata.agency.id", null),
                            new Fact(InformationSystem.class, "id", "spec.informationSystems.id", "InformationSystem"),
                            new Fact(ServiceItem.class, null, null, "ServiceItem"))),
            new Kind("Plan", PlanReader::new, "PlanMetadata", "PlanSpec", List.of(
                    new Fact(Plan.class, "metadata.id", "metadata.id", null),
                    new Fact(PlanTarget.class, null, null, "PlanTarget"),
                    new Fact(PlanTask.class, null, null, "PlanTask"))),
            new Kind("Policy", (out, errors) -> new PolicyReader(out), "PolicyMetadata", "PolicySpec", List.of()),
            new Kind("Waiver", WaiverReader::new, "WaiverMetadata", "WaiverSpec", List.of(
                    new Fact(Waiver.class, "metadata.id", "metadata.id", null))));

    private Kinds() {
    }

    /** The kind names, in the order registered. */
    public static List<String> names() {
        return ALL.stream().map(Kind::name).toList();
    }
}
