#include "reports/reportfonts.h"

#include "reports/reporterror.h"

#include <QFontDatabase>

namespace jlgc {

QString ReportFonts::family()
{
    return QStringLiteral("Noto Sans CJK JP");
}

void ReportFonts::ensureAvailable()
{
    if (!QFontDatabase::families().contains(family()))
        throw ReportError(tr("Reports need the font %1, which is not installed. On Debian, "
                             "install the package fonts-noto-cjk (scripts/run does).")
                              .arg(family()));
}

QFont ReportFonts::font(qreal pointSize, bool bold)
{
    QFont f(family());
    f.setPointSizeF(pointSize);
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setKerning(false);
    return f;
}

} // namespace jlgc
