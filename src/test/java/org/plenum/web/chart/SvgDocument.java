package org.plenum.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A rendered SVG parsed as XML (so it must be well-formed), with the checks every chart must pass: an {@code <svg>}
 * root in the SVG namespace with a viewBox and {@code role="img"}, labelled by its non-empty {@code <title>} and
 * {@code <desc>}, no script, no event handler, no style attribute or element, no reference outside the document.
 */
final class SvgDocument {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    final Document document;
    final Element root;

    private SvgDocument(Document document) {
        this.document = document;
        this.root = document.getDocumentElement();
    }

    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgDocument(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Parses and checks the rules every chart follows; returns the document for more checks. */
    static SvgDocument checked(RenderedChart chart) {
        SvgDocument doc = parse(chart.svg());
        Element root = doc.root;
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        List<Element> children = doc.children(root);
        assertThat(children.get(0).getLocalName()).isEqualTo("title");
        assertThat(children.get(1).getLocalName()).isEqualTo("desc");
        assertThat(children.get(0).getTextContent()).isEqualTo(chart.title()).isNotBlank();
        assertThat(children.get(1).getTextContent()).isEqualTo(chart.description()).isNotBlank();
        assertThat(root.getAttribute("aria-labelledby").split(" "))
                .containsExactly(children.get(0).getAttribute("id"), children.get(1).getAttribute("id"));
        for (Element e : doc.all()) {
            assertThat(e.getLocalName()).as("element").isNotIn("script", "style", "foreignObject", "image", "a", "use", "iframe");
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                assertThat(a.getNodeName()).as("attribute of " + e.getLocalName()).doesNotStartWith("on").isNotIn("style", "href", "xlink:href");
                if (a.getNodeValue().contains("url(")) {
                    assertThat(a.getNodeValue()).as("reference").matches("url\\(#[A-Za-z0-9-]+\\)");
                }
            }
        }
        return doc;
    }

    List<Element> all() {
        List<Element> out = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    List<Element> elements(String localName) {
        return all().stream().filter(e -> e.getLocalName().equals(localName)).toList();
    }

    List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** All text of {@code <text>} elements, in document order. */
    List<String> texts() {
        return elements("text").stream().map(Node::getTextContent).toList();
    }

    /** Saves the SVG under target/charts so it can be looked at (rendered to PNG by hand, see tools/world-map/README.md). */
    static void save(String name, String svg) {
        try {
            Path dir = Path.of("target/charts");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".svg"), svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
