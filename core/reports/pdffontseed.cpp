#include "reports/pdffontseed.h"

#include <QGlyphRun>
#include <QPainter>
#include <QSet>
#include <QTextLayout>
#include <QtEndian>

namespace jlgc {

namespace {

quint16 be16(const QByteArray& data, qsizetype at)
{
    if (at < 0 || at + 2 > data.size())
        return 0;
    return qFromBigEndian<quint16>(data.constData() + at);
}

// When two characters of a report share one glyph (a radical and its kanji,
// typed both), the glyph's text is the character that is not a compatibility
// form: 月 rather than ⽉.
bool isCompatibilityForm(const QString& text)
{
    const char32_t c = text.toUcs4().value(0);
    return (c >= 0x2E80 && c <= 0x2FDF) || QChar::decompositionTag(c) != QChar::NoDecomposition;
}

} // namespace

QByteArray PdfFontSeed::postscriptName(const QRawFont& font)
{
    const QByteArray name = font.fontTable("name");
    const quint16 count = be16(name, 2);
    const quint16 storage = be16(name, 4);
    QByteArray roman;
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        const quint16 platform = be16(name, record);
        const quint16 nameId = be16(name, record + 6);
        const quint16 length = be16(name, record + 8);
        const qsizetype offset = qsizetype(storage) + be16(name, record + 10);
        if (nameId != 6 || offset + length > name.size())
            continue;
        const QByteArray raw = name.mid(offset, length);
        if (platform == 3 || platform == 0) { // UTF-16BE
            QByteArray ascii;
            for (qsizetype k = 0; k + 1 < raw.size(); k += 2)
                ascii += raw.at(k + 1);
            return ascii;
        }
        if (platform == 1)
            roman = raw;
    }
    return roman;
}

PdfFontSeed::Face& PdfFontSeed::face(const QRawFont& font)
{
    QByteArray name = postscriptName(font);
    if (name.isEmpty())
        name = (font.familyName() + QLatin1Char('-') + font.styleName()).toUtf8();
    for (Face& f : m_faces)
        if (f.postscriptName == name)
            return f;
    m_faces.append(Face{name, font, {}, {}});
    return m_faces.last();
}

void PdfFontSeed::draw(QPainter& painter, const QList<QFont>& fonts, const QString& text,
                       const QPointF& offPage)
{
    // Each character once, in the order of the text.
    QString distinct;
    QSet<char32_t> seen;
    for (char32_t c : text.toUcs4()) {
        if (c < 0x20 || QChar::category(c) == QChar::Separator_Line ||
            QChar::category(c) == QChar::Separator_Paragraph || seen.contains(c))
            continue;
        seen.insert(c);
        distinct += QString::fromUcs4(&c, 1);
    }
    if (distinct.isEmpty())
        return;

    for (const QFont& font : fonts) {
        QTextLayout layout(distinct, font, painter.device());
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e9);
        layout.endLayout();
        for (qsizetype i = 0; i < distinct.size();) {
            const int length = distinct.at(i).isHighSurrogate() ? 2 : 1;
            const QString character = distinct.mid(i, length);
            const QList<QGlyphRun> runs = layout.glyphRuns(int(i), length);
            for (const QGlyphRun& run : runs) {
                Face& f = face(run.rawFont());
                for (quint32 g : run.glyphIndexes()) {
                    if (g == 0) // .notdef is number 0 already
                        continue;
                    if (!f.texts.contains(g)) {
                        f.glyphs.append(g);
                        f.texts.insert(g, character);
                    } else if (isCompatibilityForm(f.texts.value(g)) &&
                               !isCompatibilityForm(character)) {
                        f.texts.insert(g, character);
                    }
                }
            }
            i += length;
        }
    }

    // Draw each face's glyphs in the recorded order: the PDF engine numbers
    // them 1, 2, 3… in that order.
    for (const Face& f : std::as_const(m_faces)) {
        if (f.glyphs.isEmpty())
            continue;
        QGlyphRun run;
        run.setRawFont(f.font);
        run.setGlyphIndexes(f.glyphs);
        QList<QPointF> positions;
        positions.reserve(f.glyphs.size());
        for (qsizetype i = 0; i < f.glyphs.size(); ++i)
            positions.append(QPointF(qreal(i % 64) * f.font.pixelSize(), 0));
        run.setPositions(positions);
        painter.drawGlyphRun(offPage, run);
    }
}

} // namespace jlgc
