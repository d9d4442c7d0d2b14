#pragma once

#include <QString>

namespace jlgc {

// The two languages of the office. The UI has one at a time; a report may
// have either or both.
enum class Language { English, Japanese };

inline QString languageCode(Language l)
{
    return l == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

// A text kept in both languages, in the one asked for: the other language's
// when that one is empty.
inline QString inLanguage(Language language, const QString& en, const QString& ja)
{
    if (language == Language::Japanese)
        return ja.isEmpty() ? en : ja;
    return en.isEmpty() ? ja : en;
}

inline Language languageFromCode(const QString& code)
{
    return code.startsWith(QLatin1String("ja")) ? Language::Japanese : Language::English;
}

} // namespace jlgc
