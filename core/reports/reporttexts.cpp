#include "reports/reporttexts.h"

#include <QTranslator>
#include <memory>

namespace jlgc {

namespace {

// Loaded once, never installed: installing would switch the window's language.
const QTranslator* japanese()
{
    static std::unique_ptr<QTranslator> translator = [] {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/jlgc-desk_ja")))
            t.reset();
        return t;
    }();
    return translator.get();
}

} // namespace

QStringList reportLines(ReportLanguage language, const Bilingual& text)
{
    QStringList result;
    switch (language) {
    case ReportLanguage::English:
        result << text.in(Language::English);
        break;
    case ReportLanguage::Japanese:
        result << text.in(Language::Japanese);
        break;
    case ReportLanguage::Both:
        result << text.in(Language::Japanese);
        if (!text.en.isEmpty() && text.en != result.front())
            result << text.en;
        break;
    }
    result.removeAll(QString());
    return result;
}

QString ReportTexts::translate(Language language, const char* context, const char* source)
{
    if (language == Language::Japanese) {
        if (const QTranslator* t = japanese()) {
            const QString text = t->translate(context, source);
            if (!text.isEmpty())
                return text;
        }
    }
    return QString::fromUtf8(source);
}

Bilingual ReportTexts::both(const char* context, const char* source)
{
    return {translate(Language::English, context, source),
            translate(Language::Japanese, context, source), true};
}

} // namespace jlgc
