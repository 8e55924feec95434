package org.musicrec.web.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What one session may hold of page views is capped in the deployment descriptor (Mojarra's own
 * defaults are 15 x 15 states): a visitor reloading the public page keeps at most a few dozen.
 */
class SessionStateLimitsTest {

    static final int MOST_STATES_PER_SESSION = 40;

    @Test
    void aSessionKeepsAFewDozenViewStatesAtMost() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document web = f.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        Map<String, String> params = new HashMap<>();
        NodeList list = web.getElementsByTagNameNS("*", "context-param");
        for (int i = 0; i < list.getLength(); i++) {
            Element p = (Element) list.item(i);
            params.put(p.getElementsByTagNameNS("*", "param-name").item(0).getTextContent().trim(),
                    p.getElementsByTagNameNS("*", "param-value").item(0).getTextContent().trim());
        }
        String logical = params.get("com.sun.faces.numberOfLogicalViews");
        String perView = params.get("com.sun.faces.numberOfViewsInSession");
        assertNotNull(logical, "views per session left at the default");
        assertNotNull(perView, "states per view left at the default");
        int states = Integer.parseInt(logical) * Integer.parseInt(perView);
        assertTrue(states >= 1 && states <= MOST_STATES_PER_SESSION, states + " states per session");
    }
}
