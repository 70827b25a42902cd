package vn.phoihop.architecture.forbidden.lower;

import vn.phoihop.architecture.forbidden.higher.Higher;

public class Lower {

	public int reachUp() {
		return Higher.answer();
	}

}
