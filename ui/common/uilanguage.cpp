#include "common/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace jlgc {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

Language LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? Language::Japanese
                                                             : Language::English;
}

void LanguageManager::setLanguage(Language language)
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();

    m_language = language;
    const QString code = languageCode(language);
    QLocale::setDefault(
        QLocale(language == Language::Japanese ? QLocale::Japanese : QLocale::English,
                language == Language::Japanese ? QLocale::Japan : QLocale::UnitedStates));
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/jlgc-desk_") + code))
        m_app = std::move(app);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qt = std::move(qt);
    // Installing posts QEvent::LanguageChange to every widget.
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::installTranslator(m_app.get());
    emit languageChanged(language);
}

Language uiLanguage()
{
    return QLocale().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

QString joinSummary(const QStringList& parts)
{
    return parts.join(
        QCoreApplication::translate("Summaries", " · ", "between the parts of a summary line"));
}

} // namespace jlgc
