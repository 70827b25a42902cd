// Draws the app icons (src/main/resources/static/images/icon-*.png) from the shapes of favicon.svg; run once by hand
// when the logo changes: java src/build/java/AppIcons.java src/main/resources/static/images
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;
public class AppIcons {
  public static void main(String[] a) throws Exception {
    String out = a[0];
    draw(192, false, out + "/icon-192.png");
    draw(512, false, out + "/icon-512.png");
    draw(512, true, out + "/icon-maskable-512.png");
    draw(180, true, out + "/apple-touch-icon.png");
  }
  static void draw(int size, boolean maskable, String file) throws Exception {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    double s = size / 32.0;
    g.setColor(new Color(0x1f4d2b));
    if (maskable) { g.fillRect(0, 0, size, size); }
    else { g.fill(new RoundRectangle2D.Double(0, 0, size, size, 12 * s, 12 * s)); }
    // the triangle of favicon.svg (8,22 16,10 24,22); a maskable icon keeps it inside the central 80 % safe zone
    double k = maskable ? 0.75 : 1.0, c = size / 2.0;
    Path2D p = new Path2D.Double();
    double[][] pts = {{8, 22}, {16, 10}, {24, 22}};
    for (int i = 0; i < 3; i++) {
      double x = c + (pts[i][0] * s - c) * k, y = c + (pts[i][1] * s - c) * k;
      if (i == 0) p.moveTo(x, y); else p.lineTo(x, y);
    }
    p.closePath();
    g.setColor(new Color(0xf5c518));
    g.fill(p);
    g.dispose();
    ImageIO.write(img, "png", new File(file));
  }
}
