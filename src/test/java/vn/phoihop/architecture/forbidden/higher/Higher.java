package vn.phoihop.architecture.forbidden.higher;

public class Higher {

	public static int answer() {
		return 42;
	}

}
