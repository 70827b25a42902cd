package vn.phoihop.household;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An economic model's head of one kind of livestock (part of its scale). */
@Embeddable
public class LivestockHead {

	@Enumerated(EnumType.STRING)
	@Column(name = "kind")
	private LivestockKind kind;

	@Column(name = "head")
	private int head;

	protected LivestockHead() {
	}

	LivestockHead(LivestockKind kind, int head) {
		this.kind = kind;
		this.head = head;
	}

	public LivestockKind getKind() {
		return kind;
	}

	public int getHead() {
		return head;
	}

}
