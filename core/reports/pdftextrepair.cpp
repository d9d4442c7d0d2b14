#include "reports/pdftextrepair.h"

#include "reports/reporterror.h"

#include <QRegularExpression>
#include <QtEndian>
#include <algorithm>
#include <optional>

namespace jlgc {

namespace {

struct PdfObject {
    int number = 0;
    QByteArray dictionary; // from "obj" to "stream" or "endobj"
    QByteArray stream;     // raw stream bytes, if any
};

class PdfReader {
public:
    explicit PdfReader(const QByteArray& data) : m_data(data) { readXref(); }

    const QMap<int, qsizetype>& offsets() const { return m_offsets; }
    qsizetype xrefOffset() const { return m_xref; }
    int size() const { return m_size; }
    QByteArray trailerValue(const char* key) const
    {
        const QRegularExpression re(
            QStringLiteral("/%1\\s+(\\d+\\s+\\d+\\s+R)").arg(QLatin1String(key)));
        return re.match(QString::fromLatin1(m_trailer)).captured(1).toLatin1();
    }

    PdfObject object(int number) const
    {
        const qsizetype at = m_offsets.value(number, -1);
        if (at < 0)
            fail("no object %1", number);
        const qsizetype objKeyword = m_data.indexOf(" obj", at);
        const qsizetype end = m_data.indexOf("endobj", at);
        if (objKeyword < 0 || end < 0)
            fail("object %1 is not where the index says", number);
        PdfObject o;
        o.number = number;
        const qsizetype streamKeyword = streamStart(objKeyword, end);
        const bool hasStream = streamKeyword >= 0;
        o.dictionary =
            m_data.mid(objKeyword + 4, (hasStream ? streamKeyword : end) - objKeyword - 4);
        if (hasStream) {
            qsizetype start = streamKeyword + 6;
            if (m_data.at(start) == '\r')
                ++start;
            if (m_data.at(start) == '\n')
                ++start;
            o.stream = m_data.mid(start, length(o.dictionary));
        }
        return o;
    }

    [[noreturn]] static void fail(const char* what, int number = 0)
    {
        throw ReportError(PdfTextRepair::tr("The report's text could not be checked, so "
                                            "no file was written."),
                          QString::fromLatin1(what).arg(number));
    }

private:
    // The keyword "stream" that follows a dictionary (">> stream"), not the
    // word inside a string or "endstream".
    qsizetype streamStart(qsizetype from, qsizetype end) const
    {
        for (qsizetype at = m_data.indexOf("stream", from); at >= 0 && at < end;
             at = m_data.indexOf("stream", at + 6)) {
            qsizetype k = at - 1;
            while (k > from &&
                   (m_data.at(k) == ' ' || m_data.at(k) == '\n' || m_data.at(k) == '\r'))
                --k;
            const char after = at + 6 < m_data.size() ? m_data.at(at + 6) : ' ';
            if (k > from && m_data.at(k) == '>' && m_data.at(k - 1) == '>' &&
                (after == '\n' || after == '\r'))
                return at;
        }
        return -1;
    }

    qsizetype length(const QByteArray& dictionary) const
    {
        static const QRegularExpression indirect(QStringLiteral("/Length\\s+(\\d+)\\s+0\\s+R"));
        static const QRegularExpression direct(QStringLiteral("/Length\\s+(\\d+)"));
        const QString dict = QString::fromLatin1(dictionary);
        if (const auto m = indirect.match(dict); m.hasMatch())
            return object(m.captured(1).toInt()).dictionary.trimmed().toLongLong();
        if (const auto m = direct.match(dict); m.hasMatch())
            return m.captured(1).toLongLong();
        fail("a stream without a length");
    }

    void readXref()
    {
        const qsizetype start = m_data.lastIndexOf("startxref");
        if (start < 0)
            fail("no startxref");
        m_xref = m_data.mid(start + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong();
        if (m_xref <= 0 || !m_data.mid(m_xref, 4).startsWith("xref"))
            fail("no classic cross-reference table");
        const qsizetype trailer = m_data.indexOf("trailer", m_xref);
        if (trailer < 0)
            fail("no trailer");
        const QList<QByteArray> lines = m_data.mid(m_xref + 4, trailer - m_xref - 4).split('\n');
        int next = 0;
        for (const QByteArray& raw : lines) {
            const QList<QByteArray> f = raw.simplified().split(' ');
            if (f.size() == 2) {
                next = f[0].toInt();
            } else if (f.size() == 3) {
                if (f[2] == "n")
                    m_offsets.insert(next, f[0].toLongLong());
                ++next;
            }
        }
        m_trailer = m_data.mid(trailer, start - trailer);
        static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
        m_size = size.match(QString::fromLatin1(m_trailer)).captured(1).toInt();
        if (m_size <= 0 || m_trailer.contains("/Prev") || m_trailer.contains("/Encrypt"))
            fail("an unexpected trailer");
    }

    const QByteArray& m_data;
    qsizetype m_xref = 0;
    int m_size = 0;
    QMap<int, qsizetype> m_offsets;
    QByteArray m_trailer;
};

QString fromHex(const QByteArray& hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(qFromBigEndian<quint16>(bytes.constData() + i));
    return text;
}

QByteArray toHex(const QString& text)
{
    QByteArray bytes;
    for (QChar c : text) {
        char unit[2];
        qToBigEndian<quint16>(c.unicode(), unit);
        bytes.append(unit, 2);
    }
    return bytes.toHex().toUpper();
}

// The tokens of a CMap section: <hex>, [ and ].
QList<QByteArray> tokens(const QByteArray& section)
{
    QList<QByteArray> list;
    for (qsizetype i = 0; i < section.size(); ++i) {
        const char c = section.at(i);
        if (c == '[' || c == ']') {
            list.append(QByteArray(1, c));
        } else if (c == '<') {
            const qsizetype end = section.indexOf('>', i);
            if (end < 0)
                break;
            list.append(section.mid(i + 1, end - i - 1));
            i = end;
        }
    }
    return list;
}

QList<QByteArray> sections(const QByteArray& cmap, const char* begin, const char* end)
{
    QList<QByteArray> list;
    qsizetype at = 0;
    while ((at = cmap.indexOf(begin, at)) >= 0) {
        const qsizetype stop = cmap.indexOf(end, at);
        if (stop < 0)
            break;
        at += qstrlen(begin);
        list.append(cmap.mid(at, stop - at));
        at = stop;
    }
    return list;
}

int reference(const QByteArray& dictionary, const char* key)
{
    const QRegularExpression re(
        QStringLiteral("/%1\\s*\\[?\\s*(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
    return re.match(QString::fromLatin1(dictionary)).captured(1).toInt();
}

// The content stream of the first page, where the seed was drawn.
std::optional<int> firstPageContents(const PdfReader& reader)
{
    const QByteArray root = reader.trailerValue("Root");
    const int catalog = root.split(' ').value(0).toInt();
    if (catalog <= 0)
        return std::nullopt;
    const int pages = reference(reader.object(catalog).dictionary, "Pages");
    const int first = pages > 0 ? reference(reader.object(pages).dictionary, "Kids") : 0;
    const int contents = first > 0 ? reference(reader.object(first).dictionary, "Contents") : 0;
    if (contents <= 0)
        return std::nullopt;
    return contents;
}

// The first page's content without the text the seed drew above it: nothing
// but the report's own text is left for any reader to find. Empty when the
// content is not as expected (the seed then stays, harmless, above the page).
QByteArray withoutSeed(const PdfReader& reader, int object, const PdfFontSeed& seed)
{
    const PdfObject contents = reader.object(object);
    QByteArray data = contents.stream;
    if (contents.dictionary.contains("/FlateDecode")) {
        QByteArray sized(4, '\0');
        qToBigEndian<quint32>(quint32(qMin<qsizetype>(data.size() * 8, 1 << 24)), sized.data());
        data = qUncompress(sized + data);
    } else if (contents.dictionary.contains("/Filter")) {
        return {};
    }
    if (data.isEmpty())
        return {};
    static const QRegularExpression shown(QStringLiteral("<([0-9A-Fa-f]+)>\\s*Tj"));
    qsizetype at = 0;
    for (const PdfFontSeed::Face& face : seed.faces()) {
        if (face.glyphs.isEmpty())
            continue;
        // One text object per face, showing glyphs 1, 2, 3… in order.
        const qsizetype begin = data.indexOf("BT\n", at);
        const qsizetype end = begin < 0 ? -1 : data.indexOf("ET\n", begin);
        if (begin < 0 || end < 0)
            return {};
        const QString text = QString::fromLatin1(data.mid(begin, end - begin));
        int expected = 1;
        for (auto m = shown.globalMatch(text); m.hasNext(); ++expected)
            if (m.next().captured(1).toInt(nullptr, 16) != expected)
                return {};
        if (expected - 1 != face.glyphs.size())
            return {};
        data.remove(begin, end + 3 - begin);
        at = begin;
    }
    return data;
}

} // namespace

QMap<int, QString> PdfTextRepair::parseCMap(const QByteArray& cmap)
{
    QMap<int, QString> map;
    for (const QByteArray& section : sections(cmap, "beginbfrange", "endbfrange")) {
        const QList<QByteArray> t = tokens(section);
        for (qsizetype i = 0; i + 2 < t.size();) {
            const int first = t[i].toInt(nullptr, 16);
            const int last = t[i + 1].toInt(nullptr, 16);
            if (t[i + 2] == "[") {
                qsizetype k = i + 3;
                for (int code = first; code <= last && k < t.size() && t[k] != "]"; ++code, ++k)
                    map.insert(code, fromHex(t[k]));
                while (k < t.size() && t[k] != "]")
                    ++k;
                i = k + 1;
            } else {
                const QString start = fromHex(t[i + 2]);
                for (int code = first; code <= last && !start.isEmpty(); ++code) {
                    QString text = start;
                    text[text.size() - 1] = QChar(text.back().unicode() + (code - first));
                    map.insert(code, text);
                }
                i += 3;
            }
        }
    }
    for (const QByteArray& section : sections(cmap, "beginbfchar", "endbfchar")) {
        const QList<QByteArray> t = tokens(section);
        for (qsizetype i = 0; i + 1 < t.size(); i += 2)
            map.insert(t[i].toInt(nullptr, 16), fromHex(t[i + 1]));
    }
    map.remove(0); // .notdef
    return map;
}

QByteArray PdfTextRepair::writeCMap(const QMap<int, QString>& map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n"
                     "12 dict begin\n"
                     "begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n"
                     "/CMapType 2 def\n"
                     "1 begincodespacerange\n"
                     "<0000> <FFFF>\n"
                     "endcodespacerange\n";
    QList<int> codes = map.keys();
    for (qsizetype i = 0; i < codes.size(); i += 100) {
        const qsizetype n = qMin<qsizetype>(100, codes.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k)
            out += '<' + QByteArray::number(codes[k], 16).rightJustified(4, '0').toUpper() + "> <" +
                   toHex(map.value(codes[k])) + ">\n";
        out += "endbfchar\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

QByteArray PdfTextRepair::repair(const QByteArray& pdf, const PdfFontSeed& seed)
{
    const PdfReader reader(pdf);
    static const QRegularExpression baseFont(QStringLiteral("/BaseFont\\s*/([^\\s/<>\\[\\]()]+)"));
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));

    QMap<int, QByteArray> replaced; // object -> its new stream's content
    for (auto it = reader.offsets().cbegin(); it != reader.offsets().cend(); ++it) {
        const PdfObject font = reader.object(it.key());
        const QString dict = QString::fromLatin1(font.dictionary);
        if (!dict.contains(QLatin1String("/Type0")) || !dict.contains(QLatin1String("/ToUnicode")))
            continue;
        const QByteArray name = baseFont.match(dict).captured(1).toLatin1();
        const int mapObject = toUnicode.match(dict).captured(1).toInt();
        const PdfObject mapStream = reader.object(mapObject);
        if (mapStream.dictionary.contains("/Filter"))
            PdfReader::fail("a compressed ToUnicode map in object %1", mapObject);
        const QMap<int, QString> qtMap = parseCMap(mapStream.stream);

        // The seeded face whose glyph numbers agree with every entry Qt wrote.
        auto agrees = [&qtMap](const PdfFontSeed::Face& face) {
            for (auto e = qtMap.cbegin(); e != qtMap.cend(); ++e) {
                if (e.key() > face.glyphs.size())
                    continue;
                const QList<quint32> g = face.font.glyphIndexesForString(e.value());
                if (g.size() != 1 || g[0] != face.glyphs[e.key() - 1])
                    return false;
            }
            return true;
        };
        const PdfFontSeed::Face* match = nullptr;
        for (const PdfFontSeed::Face& face : seed.faces())
            if (face.postscriptName == name)
                match = &face;
        if (match && !agrees(*match))
            PdfReader::fail("glyph numbers of font object %1 differ from the seed", it.key());
        if (!match)
            PdfReader::fail("font object %1 was not seeded", it.key());

        QMap<int, QString> map = qtMap;
        for (qsizetype i = 0; i < match->glyphs.size(); ++i)
            map.insert(int(i) + 1, match->texts.value(match->glyphs[i]));
        replaced.insert(mapObject, writeCMap(map));
    }
    if (replaced.isEmpty())
        return pdf;
    if (const auto page = firstPageContents(reader)) {
        const QByteArray stripped = withoutSeed(reader, *page, seed);
        if (!stripped.isEmpty())
            replaced.insert(*page, stripped);
    }

    // The file again, object by object in the order Qt wrote them, with the
    // new streams in place of the old ones and a new index.
    QList<QPair<qsizetype, int>> order; // offset, object
    for (auto it = reader.offsets().cbegin(); it != reader.offsets().cend(); ++it)
        order.append({it.value(), it.key()});
    std::sort(order.begin(), order.end());
    if (order.isEmpty())
        PdfReader::fail("no objects");
    QByteArray out = pdf.left(order.front().first);
    QMap<int, qsizetype> offsets;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const auto [offset, number] = order[i];
        const qsizetype next = i + 1 < order.size() ? order[i + 1].first : reader.xrefOffset();
        offsets.insert(number, out.size());
        if (!replaced.contains(number)) {
            out += pdf.mid(offset, next - offset);
            continue;
        }
        const QByteArray data = qCompress(replaced.value(number), 9).mid(4); // zlib: FlateDecode
        out += QByteArray::number(number) + " 0 obj\n<<\n/Length " +
               QByteArray::number(data.size()) + "\n/Filter /FlateDecode\n>>\nstream\n" + data +
               "\nendstream\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(reader.size()) + "\n";
    for (int n = 0; n < reader.size(); ++n) {
        if (offsets.contains(n))
            out += QByteArray::number(offsets.value(n)).rightJustified(10, '0') + " 00000 n \n";
        else
            out += "0000000000 65535 f \n";
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(reader.size()) + "\n/Root " +
           reader.trailerValue("Root") + "\n";
    if (const QByteArray info = reader.trailerValue("Info"); !info.isEmpty())
        out += "/Info " + info + "\n";
    out += ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace jlgc
