package org.musicrec.web.ui.svg;

import java.util.List;

/**
 * A line chart over categories (e.g. model versions): one line per series, missing values
 * leave gaps, a dashed series for baselines; y axis from 0 with round ticks, x labels, a legend.
 */
public final class LineChart {

    /** One line: its name, one value per category (null = none), dashed or solid. */
    public record Series(String name, List<Double> values, boolean dashed, int colour) {
    }

    private static final int W = 760, H = 340, LEFT = 60, RIGHT = 190, TOP = 30, BOTTOM = 50;

    private LineChart() {
    }

    public static String svg(String title, String xTitle, List<String> categories, List<Series> series) {
        double max = 0;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null && Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        double[] ticks = Svg.ticks(0, max > 0 ? max : 1, 5);
        double top = ticks.length > 0 ? Math.max(ticks[ticks.length - 1], max) : 1;
        double plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
        int n = categories.size();
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\"><title>").append(Svg.escape(title)).append("</title>");
        b.append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"14\" font-weight=\"600\">").append(Svg.escape(title)).append("</text>");
        for (double t : ticks) {
            double y = TOP + plotH - t / top * plotH;
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(Svg.num(LEFT + plotW)).append("\" y1=\"").append(Svg.num(y))
                    .append("\" y2=\"").append(Svg.num(y)).append("\" stroke=\"#e5e5e5\"/>");
            b.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.num(y + 4)).append("\" font-size=\"11\" text-anchor=\"end\">")
                    .append(Svg.label(t)).append("</text>");
        }
        b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(Svg.num(TOP + plotH)).append("\" stroke=\"#333\"/>");
        b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(Svg.num(TOP + plotH)).append("\" x2=\"").append(Svg.num(LEFT + plotW))
                .append("\" y2=\"").append(Svg.num(TOP + plotH)).append("\" stroke=\"#333\"/>");
        for (int i = 0; i < n; i++) {
            b.append("<text x=\"").append(Svg.num(x(i, n, plotW))).append("\" y=\"").append(Svg.num(TOP + plotH + 16))
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(Svg.escape(categories.get(i))).append("</text>");
        }
        b.append("<text x=\"").append(Svg.num(LEFT + plotW / 2)).append("\" y=\"").append(H - 10)
                .append("\" font-size=\"12\" text-anchor=\"middle\">").append(Svg.escape(xTitle)).append("</text>");
        int row = 0;
        for (Series s : series) {
            String colour = Svg.color(s.colour());
            String dash = s.dashed() ? " stroke-dasharray=\"5 4\"" : "";
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < n && i < s.values().size(); i++) {
                Double v = s.values().get(i);
                if (v == null || !Double.isFinite(v)) {
                    pen = false;
                    continue;
                }
                double x = x(i, n, plotW), y = TOP + plotH - v / top * plotH;
                path.append(pen ? " L" : " M").append(Svg.num(x)).append(' ').append(Svg.num(y));
                pen = true;
                b.append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y)).append("\" r=\"3\" fill=\"").append(colour)
                        .append("\"><title>").append(Svg.escape(s.name() + " " + categories.get(i) + ": " + Svg.label(v))).append("</title></circle>");
            }
            if (path.length() > 0) {
                b.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\"").append(dash).append("/>");
            }
            double ly = TOP + 10 + row++ * 18;
            double lx = W - RIGHT + 15;
            b.append("<line x1=\"").append(Svg.num(lx)).append("\" x2=\"").append(Svg.num(lx + 22)).append("\" y1=\"").append(Svg.num(ly))
                    .append("\" y2=\"").append(Svg.num(ly)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"").append(dash).append("/>");
            b.append("<text x=\"").append(Svg.num(lx + 28)).append("\" y=\"").append(Svg.num(ly + 4)).append("\" font-size=\"11\">")
                    .append(Svg.escape(s.name())).append("</text>");
        }
        return b.append("</svg>").toString();
    }

    private static double x(int i, int n, double plotW) {
        return n <= 1 ? LEFT + plotW / 2 : LEFT + 20 + i * (plotW - 40) / (n - 1);
    }
}
