package org.ybjg.cases.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.ybjg.cases.decision.domain.DecisionDocument;

/**
 * Renders a decision document to PDF (A4) with Noto Sans SC, embedded as a subset (only the glyphs
 * used), so the Chinese text renders anywhere and stays extractable. The font comes from Maven
 * Central ({@code com.helger.font:ph-fonts-noto-sans-sc}, SIL Open Font License); it is read once
 * and parsed per document.
 */
@Component
public class DecisionPdf {

  static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
  private static final float MARGIN = 64;
  private static final float BODY = 11;
  private static final float TITLE = 18;
  private static final float LEADING = 1.6f;

  private volatile byte[] font;

  public byte[] render(List<DecisionDocument.Line> lines, String title) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes()));
      PDType0Font type0 = PDType0Font.load(pdf, ttf, true);
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("ybjg case-service");
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      PDPage page = null;
      PDPageContentStream content = null;
      float y = 0;
      for (DecisionDocument.Line line : lines) {
        float size = line.title() ? TITLE : BODY;
        List<String> wrapped = wrap(line.text(), type0, size, width);
        for (String part : wrapped) {
          if (content == null || y < MARGIN + size) {
            if (content != null) {
              content.close();
            }
            page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
          }
          y -= size * LEADING;
          if (!part.isEmpty()) {
            float textWidth = type0.getStringWidth(part) / 1000 * size;
            float x = line.title() ? MARGIN + (width - textWidth) / 2 : MARGIN;
            content.beginText();
            content.setFont(type0, size);
            content.newLineAtOffset(x, y);
            content.showText(part);
            content.endText();
          }
        }
      }
      if (content != null) {
        content.close();
      }
      pdf.save(out);
      ttf.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the decision document", e);
    }
  }

  /** Breaks a line where it would overflow; Chinese text breaks between any two characters. */
  static List<String> wrap(String text, PDType0Font font, float size, float width)
      throws IOException {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      String next = new String(Character.toChars(codePoint));
      if (current.length() > 0 && font.getStringWidth(current + next) / 1000 * size > width) {
        parts.add(current.toString());
        current.setLength(0);
      }
      current.append(next);
      i += Character.charCount(codePoint);
    }
    parts.add(current.toString());
    return parts;
  }

  private byte[] fontBytes() throws IOException {
    byte[] loaded = font;
    if (loaded == null) {
      try (InputStream in = DecisionPdf.class.getClassLoader().getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IOException("the font " + FONT + " is not on the classpath");
        }
        loaded = in.readAllBytes();
      }
      font = loaded;
    }
    return loaded;
  }
}
