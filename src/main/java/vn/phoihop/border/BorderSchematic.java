package vn.phoihop.border;

import java.util.ArrayList;
import java.util.List;

/**
 * The segment drawn as an inline SVG on the server (no map tiles: it works on a closed network): the markers in
 * their order along a line that turns back on itself every {@value #PER_ROW} markers, so it stays readable on a 360
 * px phone. A main marker is a large circle, an auxiliary one a small circle; the fill is the condition last found, a
 * dashed ring marks one not inspected within the period. Each marker is a link with a hit area of 44 px or more.
 */
final class BorderSchematic {

	static final int PER_ROW = 5;

	static final int STEP = 100;

	static final int ROW = 110;

	static final int MARGIN = 50;

	/** One marker on the drawing. */
	public record Point(int x, int y, int r, MarkerState state) {
	}

	/** The drawing: its size (the viewBox), the line through the markers, the markers. */
	public record Drawing(int width, int height, String path, List<Point> points) {
	}

	private BorderSchematic() {
	}

	static Drawing draw(List<MarkerState> markers) {
		List<Point> points = new ArrayList<>(markers.size());
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < markers.size(); i++) {
			int row = i / PER_ROW;
			int col = i % PER_ROW;
			if (row % 2 == 1) {
				col = PER_ROW - 1 - col; // the line turns back: the next marker stays next to the last one
			}
			int x = MARGIN + col * STEP;
			int y = MARGIN + row * ROW;
			MarkerState m = markers.get(i);
			points.add(new Point(x, y, m.marker().getKind() == MarkerKind.MAIN ? 16 : 10, m));
			path.append(i == 0 ? "M" : " L").append(x).append(' ').append(y);
		}
		int rows = Math.max(1, (markers.size() + PER_ROW - 1) / PER_ROW);
		return new Drawing(2 * MARGIN + (PER_ROW - 1) * STEP, 2 * MARGIN + (rows - 1) * ROW + 20, path.toString(),
				points);
	}

}
