package dxcheck.model;

/**
 * A fact that belongs to one province (its jurisdiction): a check with several provinces gives each its own rule
 * session, and a rule may join such facts only within one province unless it says it crosses them (rules README).
 */
public interface InJurisdiction {
    String jurisdiction();
}
