package org.musicrec.web.ui.svg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartsTest {

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textFromTheDataIsEscapedAndTheSvgIsWellFormed() throws Exception {
        String svg = ScatterPlot.svg("map", "PC1", "PC2", List.of(
                new ScatterPlot.Point(0, 0, "<script>alert(1)</script> & \"x\"", "Rock"),
                new ScatterPlot.Point(1, 2, "b", "Folk")));
        assertFalse(svg.contains("<script>"));
        Document d = parse(svg);
        assertEquals(2 + 2, d.getElementsByTagName("circle").getLength(), "two points and two legend marks");
        assertEquals("<script>alert(1)</script> & \"x\"", d.getElementsByTagName("circle").item(0).getTextContent());
    }

    @Test
    void lineChartHasAxesLegendAndGapsForMissingValues() throws Exception {
        String svg = LineChart.svg("metrics", "model version", List.of("v1", "v2", "v3"), List.of(
                new LineChart.Series("ndcg@10", Arrays.asList(0.1, null, 0.3), false, 0),
                new LineChart.Series("ndcg@10 popular", List.of(0.05, 0.05, 0.05), true, 0)));
        Document d = parse(svg);
        assertEquals(2 + 3, d.getElementsByTagName("circle").getLength(), "one mark per value present");
        String text = d.getDocumentElement().getTextContent();
        assertTrue(text.contains("ndcg@10 popular") && text.contains("model version") && text.contains("v2"), text);
        assertTrue(svg.contains("stroke-dasharray"), "the baseline is dashed");
    }

    @Test
    void ticksAreRoundAndCoverTheRange() {
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3}, Svg.ticks(0, 0.3, 3), 1e-12);
        assertArrayEquals(new double[] {-2, 0, 2, 4}, Svg.ticks(-2, 4, 3), 1e-12);
    }

    @Test
    void barsOnePerValue() throws Exception {
        Document d = parse(BarChart.svg("variance", "component", List.of("PC1", "PC2"), List.of(0.6, 0.25)));
        assertEquals(2, d.getElementsByTagName("rect").getLength());
    }
}
