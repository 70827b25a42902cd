package vn.phoihop.reference;

/**
 * Published when the administrator changed a value of this kind, inside the change's transaction: a module that keeps
 * a kind's rows itself (the register's category labels, situation.SituationFigures) drops them.
 */
public record ReferenceChanged(ReferenceKind kind) {
}
