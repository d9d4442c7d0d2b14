#pragma once

#include "reports/pdffontseed.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>

namespace jlgc {

// The second half of keeping a PDF's text exact (see PdfFontSeed): rewrites
// the ToUnicode map of each font of a PDF written by QPdfWriter from what the
// seed drew, and takes the seed's own text out of the first page: the file
// is written again object by object, those streams replaced, with a new index.
//
// Before it rewrites a map it checks Qt's own: every glyph Qt mapped must be
// the glyph the seed drew with that number. If one is not, the order was not
// what the seed expects (a different Qt, another font drawn first) and the
// repair throws ReportError rather than write text that might be wrong.
class PdfTextRepair {
    Q_DECLARE_TR_FUNCTIONS(PdfTextRepair)
public:
    static QByteArray repair(const QByteArray& pdf, const PdfFontSeed& seed);

    // A ToUnicode CMap's entries: glyph number -> text. Public for the tests.
    static QMap<int, QString> parseCMap(const QByteArray& cmap);
    static QByteArray writeCMap(const QMap<int, QString>& map);
};

} // namespace jlgc
