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

inline Language languageFromCode(const QString& code)
{
    return code.startsWith(QLatin1String("ja")) ? Language::Japanese : Language::English;
}

} // namespace jlgc
