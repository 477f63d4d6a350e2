package dxcheck.engine;

import dxcheck.model.Subject;
import org.drools.base.base.ValueResolver;
import org.drools.base.common.NetworkNode;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.phreak.RuleAgendaItem;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which rule's condition failed, and on which fact, when the network threw while the rules were evaluated. The run is
 * replayed one input fact at a time in a fresh session: the fact whose insertion makes the rules fail is the one the
 * failing condition was looking at. Then the rule is asked of the engine itself, never read from a message: a
 * constraint of the fact's own pattern (an alpha node, possibly shared) names the rules it belongs to; otherwise the
 * rule whose network was being evaluated is the one at the head of the agenda. Only on the error path, so its cost
 * does not matter.
 */
final class FailingCondition {
    /** The failing rule's name ("?" when it cannot be told) and the fact it was matching (null when not known). */
    record Found(String rule, Subject fact) {
    }

    private FailingCondition() {
    }

    /** baseFacts inserts what every session starts with (date, policy, knowledge); facts are the inputs, in order. */
    static Found find(RuleBase rules, Consumer<KieSession> baseFacts, List<Object> facts, AgendaFilter filter,
                      int fireLimit) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            try {
                baseFacts.accept(session);
                session.fireAllRules(filter, fireLimit);
            } catch (RuntimeException e) {
                return new Found(evaluatedRule(session), null);
            }
            for (Object fact : facts) {
                try {
                    session.insert(fact);
                    session.fireAllRules(filter, fireLimit);
                } catch (RuntimeException e) {
                    String rule = alphaRule(rules, session, fact);
                    return new Found(rule != null ? rule : evaluatedRule(session), fact instanceof Subject s ? s : null);
                }
            }
            return new Found("?", null);
        } catch (RuntimeException e) {
            return new Found("?", null);
        } finally {
            session.dispose();
        }
    }

    /** The rule whose network the agenda was evaluating when it threw (Phreak evaluates one rule at a time). */
    private static String evaluatedRule(KieSession session) {
        RuleAgendaItem item = ((InternalWorkingMemory) session).getAgenda().peekNextRule();
        return item == null ? "?" : item.getRule().getName();
    }

    /** The first rule (by name) whose constraint on the fact's own pattern throws on it, or null. */
    private static String alphaRule(RuleBase rules, KieSession session, Object fact) {
        FactHandle handle = session.getFactHandle(fact);
        if (handle == null) {
            return null;
        }
        for (ObjectTypeNode otn : ((InternalRuleBase) rules.kieBase()).getRete().getObjectTypeNodes()) {
            if (otn.getObjectType().isAssignableFrom(fact.getClass())) {
                String rule = throwingAlpha(otn, handle, (ValueResolver) session);
                if (rule != null) {
                    return rule;
                }
            }
        }
        return null;
    }

    private static String throwingAlpha(NetworkNode node, FactHandle handle, ValueResolver session) {
        for (NetworkNode sink : node.getSinks()) {
            if (!(sink instanceof AlphaNode alpha)) {
                continue;
            }
            boolean allowed;
            try {
                allowed = alpha.getConstraint().isAllowed(handle, session);
            } catch (RuntimeException e) {
                return Arrays.stream(alpha.getAssociatedRules()).map(Rule::getName).sorted().findFirst().orElse("?");
            }
            String below = allowed ? throwingAlpha(alpha, handle, session) : null;
            if (below != null) {
                return below;
            }
        }
        return null;
    }
}
