package vn.phoihop.household;

/** A kind of livestock an economic model keeps (its scale: head by kind). */
public enum LivestockKind {

	GOATS, CATTLE, BUFFALOES, PIGS, POULTRY, FISH, BEES, OTHER;

	public String messageKey() {
		return "model.livestock." + name();
	}

}
