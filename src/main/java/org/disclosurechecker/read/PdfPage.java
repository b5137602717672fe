package org.disclosurechecker.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF page shows, in top-down page coordinates (points, origin at the crop box's top left):
 * its glyphs with their positions and its ruling lines (stroked lines, thin filled rectangles), which
 * is all that is needed to rebuild paragraphs and bordered tables.
 */
final class PdfPage {

    /** One glyph: its text, left edge, baseline (from the top), advance width and font size. */
    record Glyph(String text, float x, float y, float w, float fs) {
        float right() {
            return x + w;
        }

        float cx() {
            return x + w / 2;
        }

        /** The vertical middle of the glyph's body (CJK glyphs sit from about 0.88 em above the baseline). */
        float cy() {
            return y - 0.35f * fs;
        }
    }

    /** An axis-aligned ruling line: a horizontal one at {@code pos} = y from {@code from} to {@code to} in x, or the reverse. */
    record Segment(boolean horizontal, float pos, float from, float to) {
    }

    final int number;
    final float width;
    final float height;
    final List<Glyph> glyphs = new ArrayList<>();
    final List<Segment> segments = new ArrayList<>();
    int images;
    boolean rotated;

    PdfPage(int number, float width, float height) {
        this.number = number;
        this.width = width;
        this.height = height;
    }

    /** Reads every page's glyphs (one pass of a text stripper) and ruling lines. */
    static List<PdfPage> read(PDDocument doc) throws IOException {
        List<PdfPage> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            PDRectangle crop = page.getCropBox();
            PdfPage p = new PdfPage(i + 1, crop.getWidth(), crop.getHeight());
            p.rotated = page.getRotation() % 360 != 0;
            Ruling ruling = new Ruling(page, p);
            ruling.processPage(page);
            pages.add(p);
        }
        Stripper stripper = new Stripper(pages);
        stripper.setSortByPosition(false);
        stripper.getText(doc);
        return pages;
    }

    /** Collects the glyphs of each page instead of writing text. */
    private static final class Stripper extends PDFTextStripper {
        private final List<PdfPage> pages;

        Stripper(List<PdfPage> pages) {
            this.pages = pages;
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String s = t.getUnicode();
            if (s == null || s.isEmpty()) {
                return;
            }
            int index = getCurrentPageNo() - 1;
            if (index < 0 || index >= pages.size()) {
                return;
            }
            List<Glyph> glyphs = pages.get(index).glyphs;
            float fs = Math.max(1f, t.getFontSizeInPt());
            float w = t.getWidthDirAdj();
            // one character never advances by more than a couple of ems: a wider "advance" is the
            // producer's positioning (WPS writes vertical cell text one character a line, each with the
            // line's width), and would put the glyph's middle in the next cell
            if (s.length() == 1 && w > 2f * fs) {
                w = PdfText.wide(s) ? fs : fs / 2;
            }
            Glyph g = new Glyph(s, t.getXDirAdj(), t.getYDirAdj(), w, fs);
            // the same glyph drawn twice at (nearly) the same place: fake bold, or a shadow
            for (int k = glyphs.size() - 1; k >= 0 && k >= glyphs.size() - 4; k--) {
                Glyph o = glyphs.get(k);
                if (o.text().equals(s) && Math.abs(o.x() - g.x()) < Math.max(1f, g.w() * 0.3f)
                        && Math.abs(o.y() - g.y()) < 1f) {
                    return;
                }
            }
            glyphs.add(g);
        }
    }

    /** Collects the straight horizontal and vertical lines a page draws (table borders). */
    private static final class Ruling extends PDFGraphicsStreamEngine {
        private final PdfPage out;
        private final float offX;
        private final float offY;
        private final List<List<float[]>> path = new ArrayList<>();
        private List<float[]> current;

        Ruling(PDPage page, PdfPage out) {
            super(page);
            this.out = out;
            this.offX = page.getCropBox().getLowerLeftX();
            this.offY = page.getCropBox().getLowerLeftY();
        }

        private float[] point(double x, double y) {
            return new float[] {(float) x - offX, out.height - ((float) y - offY)};
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            List<float[]> r = new ArrayList<>();
            r.add(point(p0.getX(), p0.getY()));
            r.add(point(p1.getX(), p1.getY()));
            r.add(point(p2.getX(), p2.getY()));
            r.add(point(p3.getX(), p3.getY()));
            r.add(point(p0.getX(), p0.getY()));
            path.add(r);
            current = null;
        }

        @Override
        public void drawImage(PDImage pdImage) {
            out.images++;
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            current = new ArrayList<>();
            current.add(point(x, y));
            path.add(current);
        }

        @Override
        public void lineTo(float x, float y) {
            if (current == null) {
                moveTo(x, y);
                return;
            }
            current.add(point(x, y));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            // a curve is never a table border: end the straight run here
            current = new ArrayList<>();
            current.add(point(x3, y3));
            path.add(current);
        }

        @Override
        public Point2D getCurrentPoint() {
            if (current == null || current.isEmpty()) {
                return new Point2D.Float();
            }
            float[] p = current.get(current.size() - 1);
            return new Point2D.Float(p[0] + offX, out.height - p[1] + offY);
        }

        @Override
        public void closePath() {
            if (current != null && current.size() > 1) {
                current.add(current.get(0));
            }
        }

        @Override
        public void endPath() {
            path.clear();
            current = null;
        }

        @Override
        public void strokePath() {
            for (List<float[]> poly : path) {
                for (int i = 1; i < poly.size(); i++) {
                    line(poly.get(i - 1), poly.get(i));
                }
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            for (List<float[]> poly : path) {
                thinRectangle(poly);
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            for (List<float[]> poly : path) {
                thinRectangle(poly);
                for (int i = 1; i < poly.size(); i++) {
                    line(poly.get(i - 1), poly.get(i));
                }
            }
            endPath();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void line(float[] a, float[] b) {
            float dx = Math.abs(a[0] - b[0]);
            float dy = Math.abs(a[1] - b[1]);
            if (dy < 1f && dx >= 2f) {
                out.segments.add(new Segment(true, (a[1] + b[1]) / 2, Math.min(a[0], b[0]), Math.max(a[0], b[0])));
            } else if (dx < 1f && dy >= 2f) {
                out.segments.add(new Segment(false, (a[0] + b[0]) / 2, Math.min(a[1], b[1]), Math.max(a[1], b[1])));
            }
        }

        /** A filled rectangle thinner than 3 pt is a line (some producers draw borders that way). */
        private void thinRectangle(List<float[]> poly) {
            if (poly.size() < 4) {
                return;
            }
            float minX = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (float[] p : poly) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
            // only rectangles: every corner on the bounding box
            for (float[] p : poly) {
                boolean onX = Math.abs(p[0] - minX) < 0.5f || Math.abs(p[0] - maxX) < 0.5f;
                boolean onY = Math.abs(p[1] - minY) < 0.5f || Math.abs(p[1] - maxY) < 0.5f;
                if (!onX || !onY) {
                    return;
                }
            }
            float w = maxX - minX;
            float h = maxY - minY;
            if (h <= 3f && w >= 2f) {
                out.segments.add(new Segment(true, (minY + maxY) / 2, minX, maxX));
            } else if (w <= 3f && h >= 2f) {
                out.segments.add(new Segment(false, (minX + maxX) / 2, minY, maxY));
            }
        }
    }
}
