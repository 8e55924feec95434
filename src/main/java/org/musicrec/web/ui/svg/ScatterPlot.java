package org.musicrec.web.ui.svg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scatter plot of labelled points coloured by group, hover (SVG title) naming the point; axes with ticks and a legend. */
public final class ScatterPlot {

    /** One point: its coordinates, what hovering it says, its group (colour). */
    public record Point(double x, double y, String label, String group) {
    }

    private static final int W = 900, H = 560, LEFT = 60, RIGHT = 200, TOP = 20, BOTTOM = 50;

    private ScatterPlot() {
    }

    public static String svg(String title, String xTitle, String yTitle, List<Point> points) {
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, minY = minX, maxY = maxX;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        if (points.isEmpty()) {
            minX = minY = -1;
            maxX = maxY = 1;
        }
        double[] xt = Svg.ticks(minX, maxX, 6), yt = Svg.ticks(minY, maxY, 6);
        double x0 = Math.min(minX, xt.length > 0 ? xt[0] : minX), x1 = Math.max(maxX, xt.length > 0 ? xt[xt.length - 1] : maxX);
        double y0 = Math.min(minY, yt.length > 0 ? yt[0] : minY), y1 = Math.max(maxY, yt.length > 0 ? yt[yt.length - 1] : maxY);
        if (!(x1 > x0)) {
            x1 = x0 + 1;
        }
        if (!(y1 > y0)) {
            y1 = y0 + 1;
        }
        double pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM;
        Map<String, Integer> groups = new LinkedHashMap<>();
        points.stream().map(Point::group).sorted().forEach(g -> groups.putIfAbsent(g, groups.size()));
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\"><title>").append(Svg.escape(title)).append("</title>");
        for (double t : xt) {
            double x = LEFT + (t - x0) / (x1 - x0) * pw;
            b.append("<line x1=\"").append(Svg.num(x)).append("\" x2=\"").append(Svg.num(x)).append("\" y1=\"").append(TOP).append("\" y2=\"")
                    .append(Svg.num(TOP + ph)).append("\" stroke=\"#eee\"/><text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(TOP + ph + 15))
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(Svg.label(t)).append("</text>");
        }
        for (double t : yt) {
            double y = TOP + ph - (t - y0) / (y1 - y0) * ph;
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(Svg.num(LEFT + pw)).append("\" y1=\"").append(Svg.num(y)).append("\" y2=\"")
                    .append(Svg.num(y)).append("\" stroke=\"#eee\"/><text x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.num(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(Svg.label(t)).append("</text>");
        }
        b.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(Svg.num(pw)).append("\" height=\"")
                .append(Svg.num(ph)).append("\" fill=\"none\" stroke=\"#333\"/>");
        b.append("<text x=\"").append(Svg.num(LEFT + pw / 2)).append("\" y=\"").append(H - 12).append("\" font-size=\"12\" text-anchor=\"middle\">")
                .append(Svg.escape(xTitle)).append("</text>");
        b.append("<text transform=\"translate(16 ").append(Svg.num(TOP + ph / 2)).append(") rotate(-90)\" font-size=\"12\" text-anchor=\"middle\">")
                .append(Svg.escape(yTitle)).append("</text>");
        for (Point p : points) {
            b.append("<circle class=\"point\" cx=\"").append(Svg.num(LEFT + (p.x() - x0) / (x1 - x0) * pw)).append("\" cy=\"")
                    .append(Svg.num(TOP + ph - (p.y() - y0) / (y1 - y0) * ph)).append("\" r=\"3.5\" fill-opacity=\".75\" fill=\"")
                    .append(Svg.color(groups.get(p.group()))).append("\"><title>").append(Svg.escape(p.label())).append("</title></circle>");
        }
        List<String> names = new ArrayList<>(groups.keySet());
        for (int i = 0; i < names.size(); i++) {
            double ly = TOP + 10 + i * 18;
            b.append("<circle cx=\"").append(W - RIGHT + 20).append("\" cy=\"").append(Svg.num(ly)).append("\" r=\"5\" fill=\"")
                    .append(Svg.color(i)).append("\"/><text x=\"").append(W - RIGHT + 30).append("\" y=\"").append(Svg.num(ly + 4))
                    .append("\" font-size=\"11\">").append(Svg.escape(names.get(i))).append("</text>");
        }
        return b.append("</svg>").toString();
    }
}
