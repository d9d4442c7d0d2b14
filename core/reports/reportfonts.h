#pragma once

#include <QCoreApplication>
#include <QFont>

namespace jlgc {

// The one typeface of every report: Noto Sans CJK JP (Debian package
// fonts-noto-cjk, installed by scripts/lib.sh), regular and bold. It has the
// kana, the JIS X 0213 kanji (𠮷, 髙, 﨑) and accented Latin letters, so a
// report needs no fallback font and looks the same on every machine that runs
// it. Why this font and how its text is kept exact: core/reports/README.md.
class ReportFonts {
    Q_DECLARE_TR_FUNCTIONS(ReportFonts)
public:
    static QString family();
    // Throws ReportError naming the missing package when the font is absent,
    // rather than writing a report in whatever font the machine has.
    static void ensureAvailable();
    // The report font in points. Shaping is off (QFont::PreferNoShaping) so
    // that every glyph is the font's glyph for one character: no "ﬁ"
    // ligature turns "Office" into "Oﬃce" in the PDF's text.
    static QFont font(qreal pointSize, bool bold = false);
};

} // namespace jlgc
