#pragma once

#include "reports/reportoptions.h"

#include <QString>
#include <QStringList>

namespace jlgc {

// Text in both of the office's languages; a report shows one or both.
// `label` marks the report's own words (column titles, headings): in a
// bilingual report their English line is set smaller, under the Japanese.
// Data (names, addresses) keeps both lines at the same size.
struct Bilingual {
    QString en;
    QString ja;
    bool label = false;

    static Bilingual same(const QString& text) { return {text, text}; }
    QString in(Language language) const { return inLanguage(language, en, ja); }
    bool isEmpty() const { return en.isEmpty() && ja.isEmpty(); }
};

// Translates the report's words into the report's language, whatever the
// language of the window: report code marks its strings with
// QT_TRANSLATE_NOOP("Reports", "…") (English source; lupdate collects them
// into translations/jlgc-desk_ja.ts) and the builder looks them up here.
// Without a translation (the .qm is embedded by the app, not by core tests),
// the English source is used.
// The lines a text shows in a report of the given language: one, or for a
// bilingual report the Japanese above the English (once when they are equal).
QStringList reportLines(ReportLanguage language, const Bilingual& text);

class ReportTexts {
public:
    static QString translate(Language language, const char* context, const char* source);
    static Bilingual both(const char* context, const char* source);
};

} // namespace jlgc
