package org.musicrec.web.ui.svg;

import java.util.List;

/** Vertical bars with a value axis from 0 and a label under each bar (e.g. explained variance per component). */
public final class BarChart {

    private static final int H = 260, LEFT = 60, TOP = 20, BOTTOM = 45;

    private BarChart() {
    }

    public static String svg(String title, String xTitle, List<String> labels, List<Double> values) {
        int n = values.size();
        int w = Math.max(360, LEFT + 20 + n * 28);
        double max = values.stream().filter(v -> v != null && Double.isFinite(v)).mapToDouble(Double::doubleValue).max().orElse(1);
        double[] ticks = Svg.ticks(0, max > 0 ? max : 1, 4);
        double top = Math.max(max, ticks.length > 0 ? ticks[ticks.length - 1] : max);
        double ph = H - TOP - BOTTOM, pw = w - LEFT - 20;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(H)
                .append("\" width=\"").append(w).append("\" height=\"").append(H).append("\"><title>").append(Svg.escape(title)).append("</title>");
        for (double t : ticks) {
            double y = TOP + ph - t / top * ph;
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(Svg.num(LEFT + pw)).append("\" y1=\"").append(Svg.num(y))
                    .append("\" y2=\"").append(Svg.num(y)).append("\" stroke=\"#e5e5e5\"/><text x=\"").append(LEFT - 6).append("\" y=\"")
                    .append(Svg.num(y + 4)).append("\" font-size=\"11\" text-anchor=\"end\">").append(Svg.label(t)).append("</text>");
        }
        double slot = n == 0 ? pw : pw / n;
        for (int i = 0; i < n; i++) {
            double v = values.get(i) == null ? 0 : values.get(i);
            double bh = v / top * ph;
            double x = LEFT + i * slot + slot * 0.15;
            b.append("<rect class=\"bar\" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(TOP + ph - bh)).append("\" width=\"")
                    .append(Svg.num(slot * 0.7)).append("\" height=\"").append(Svg.num(bh)).append("\" fill=\"").append(Svg.color(0))
                    .append("\"><title>").append(Svg.escape(labels.get(i) + ": " + Svg.label(v))).append("</title></rect>");
            b.append("<text x=\"").append(Svg.num(x + slot * 0.35)).append("\" y=\"").append(Svg.num(TOP + ph + 14))
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(Svg.escape(labels.get(i))).append("</text>");
        }
        b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(Svg.num(TOP + ph)).append("\" stroke=\"#333\"/><line x1=\"").append(LEFT).append("\" y1=\"").append(Svg.num(TOP + ph))
                .append("\" x2=\"").append(Svg.num(LEFT + pw)).append("\" y2=\"").append(Svg.num(TOP + ph)).append("\" stroke=\"#333\"/>");
        b.append("<text x=\"").append(Svg.num(LEFT + pw / 2)).append("\" y=\"").append(H - 8).append("\" font-size=\"12\" text-anchor=\"middle\">")
                .append(Svg.escape(xTitle)).append("</text><text x=\"").append(LEFT).append("\" y=\"14\" font-size=\"13\" font-weight=\"600\">")
                .append(Svg.escape(title)).append("</text>");
        return b.append("</svg>").toString();
    }
}
