#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QString>

class QPainter;

namespace jlgc {

// The first half of keeping a PDF's text exact (see core/reports/README.md).
//
// Qt 6.4's PDF engine numbers the glyphs of each embedded font in the order it
// first draws them, and writes the text of each glyph (the ToUnicode map)
// from the font's character map, using the lowest code point below U+10000
// that shows that glyph. That is wrong for a glyph shared by a Kangxi radical
// and a kanji (⽉ U+2F49 and 月 U+6708 in Noto CJK: the radical wins), and
// missing for characters above U+FFFF (𠮷).
//
// Before anything else is drawn, the seed draws every character of the
// report once, in each font the report uses, at a point above the page
// (where nothing shows). So it knows which glyph each number stands for and
// which character each glyph was drawn for; PdfTextRepair then rewrites the
// maps from that, and takes the seed's text out of the page again.
class PdfFontSeed {
public:
    struct Face {
        QByteArray postscriptName; // as the PDF names the font (/BaseFont)
        QRawFont font;
        QList<quint32> glyphs;         // glyph i has number i + 1 in the PDF
        QHash<quint32, QString> texts; // glyph -> the character drawn with it
    };

    // Draws the characters of `text` in each of `fonts` at `offPage` (device
    // coordinates outside the page).
    void draw(QPainter& painter, const QList<QFont>& fonts, const QString& text,
              const QPointF& offPage);
    const QList<Face>& faces() const { return m_faces; }

    // The PostScript name of a font (name ID 6 of its 'name' table).
    static QByteArray postscriptName(const QRawFont& font);

private:
    Face& face(const QRawFont& font);
    QList<Face> m_faces;
};

} // namespace jlgc
